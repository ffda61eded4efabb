#!/usr/bin/env python3
"""Generate a Waymark project (and the same content as a Hugo site) for benchmarks.

usage: generate-corpus.py OUT PAGES [--hugo HUGO_OUT]

PAGES pages in 10 programs, English source, Spanish and Finnish catalogs
(Spanish complete, Finnish every other entry), ~300 words per page with
headings, lists, a table, links and emphasis. Deterministic (seeded).
"""
import os, random, sys

WORDS = ("safe online trusted adult password friend request share picture private help kind "
         "message game chat school home family talk stop think feel worried okay ask rule road "
         "sign light cross careful people know name number keep secret strong long easy guess").split()

def sentence(rng, n=None):
    n = n or rng.randint(6, 12)
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."

def page(rng, program, index, pages):
    nxt = f"{index + 2:05d}-page.md" if index + 1 < pages else f"{1:05d}-page.md"
    body = [f"---\ntitle: Page {index + 1} {rng.choice(WORDS)}\ndescription: {sentence(rng)}\n---\n"]
    for section in range(4):
        body.append(f"## Part {section + 1} {rng.choice(WORDS)}\n")
        body.append(" ".join(sentence(rng) for _ in range(4)) + f" Go on to [the next page]({nxt}).\n")
        body.append("\n".join(f"- {sentence(rng, 5)}" for _ in range(3)) + "\n")
        body.append(f"A *short* note with **strong** words: {sentence(rng)}\n")
    body.append("| Fact | Share? |\n|---|---|\n" + "\n".join(f"| {rng.choice(WORDS)} | {rng.choice(['Yes.', 'No.'])} |" for _ in range(3)) + "\n")
    return "\n".join(body)

def po_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

def main():
    out, count = sys.argv[1], int(sys.argv[2])
    hugo = sys.argv[sys.argv.index("--hugo") + 1] if "--hugo" in sys.argv else None
    rng = random.Random(42)
    programs = 10
    per = max(1, count // programs)
    os.makedirs(out, exist_ok=True)
    with open(f"{out}/waymark.yaml", "w") as f:
        f.write("name: Benchmark corpus\nsource-locale: en\nlocales: [en, es, fi]\n"
                "channels:\n  - { name: web, format: html, profile: web, base-url: 'https://example.org/' }\n"
                "  - { name: onion, format: html, profile: tor, fallback: omit-page }\n"
                "  - { name: app, format: json }\n")
    for p in range(programs):
        folder = f"{out}/Source-Content/program-{p:02d}"
        os.makedirs(folder, exist_ok=True)
        with open(f"{folder}/_program.yaml", "w") as f:
            f.write(f"title: Program {p}\ndescription: Generated program {p}.\norder: {p}\n")
        for i in range(per):
            text = page(rng, p, i, per)
            name = f"{i + 1:05d}-page"
            with open(f"{folder}/{name}.md", "w") as f:
                f.write(text)
            if hugo:
                for locale in ("en", "es", "fi"):
                    hfolder = f"{hugo}/content/{locale}/program-{p:02d}"
                    os.makedirs(hfolder, exist_ok=True)
                    with open(f"{hfolder}/{name}.md", "w") as f:
                        f.write(text.replace(".md)", "/)"))
    if hugo:
        os.makedirs(f"{hugo}/layouts/_default", exist_ok=True)
        with open(f"{hugo}/hugo.toml", "w") as f:
            f.write('baseURL = "https://example.org/"\ndefaultContentLanguage = "en"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
                    '[languages]\n[languages.en]\ncontentDir = "content/en"\nweight = 1\n[languages.es]\ncontentDir = "content/es"\nweight = 2\n'
                    '[languages.fi]\ncontentDir = "content/fi"\nweight = 3\n')
        for name in ("single", "list"):
            with open(f"{hugo}/layouts/_default/{name}.html", "w") as f:
                f.write('<!DOCTYPE html><html lang="{{ .Lang }}"><head><title>{{ .Title }}</title></head>'
                        '<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n')

if __name__ == "__main__":
    main()
