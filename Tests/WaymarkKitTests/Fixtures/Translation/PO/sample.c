#include <libintl.h>
#include <stdio.h>
#define _(s) gettext(s)
#define N_(s, p, n) ngettext(s, p, n)
#define C_(c, s) pgettext(c, s)

void report(int n, const char *name) {
  /* TRANSLATORS: shown on the start screen; keep it short and friendly. */
  printf(_("Welcome, %s!\n"), name);
  printf(N_("You have %d new message.", "You have %d new messages.", n), n);
  /* TRANSLATORS: a menu entry; "Open" as in opening a file. */
  puts(C_("menu", "Open"));
  puts(C_("verb", "Open"));
  puts(_("This is a rather long sentence that explains something important to the reader, so that the line has to be wrapped by the gettext tools at seventy-nine columns."));
  puts(_("Line one\nLine two\nLine three with a \"quoted\" word and a tab\there.\n"));
  printf(_("%d%% done, %s remaining"), n, name);
  puts(_("Open"));
}
void other(void) { puts(_("Open")); puts(_("Welcome, %s!\n")); puts(_("Save")); puts(_("Quit")); }
void more(void) { puts(_("Open")); puts(_("Save")); }
