#ifndef WAYMARK_CLIBXML2_SHIM_H
#define WAYMARK_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, and libxml/encoding.h then includes the
   system <unicode/ucnv.h>. Foundation ships its own ICU module with a newer
   UErrorCode, and the two definitions clash in a clean build. Waymark only
   reads and writes UTF-8, so the ICU part of the API is hidden here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#endif
