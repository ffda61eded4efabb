#!/usr/bin/env python3
"""Edit-to-reload time of `waymark serve` on a generated corpus (issue 11).

usage: serve-reload.py WAYMARK PROJECT [--edits N] [-- SERVE-OPTIONS...]

Starts `waymark serve --port 0` on PROJECT (a corpus made by generate-corpus.py
and synced, as run.sh does), listens on the reload stream like an open page,
then N times: appends a sentence to one page, waits for the reload event and
fetches the page until it shows the sentence. Prints each time and the median.
Edit-to-reload here is save -> reload event -> new page fetched: what a browser
does before it paints. It also prints the CPU time (user + system) the server
spent per edit, from /proc (Linux), which other work on the machine does not
inflate the way it does wall time. Everything talks to 127.0.0.1 only.
"""
import http.client, os, pathlib, re, socket, statistics, subprocess, sys, threading, time


def main():
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []
    args = args[:args.index("--")] if "--" in args else args
    waymark, project = args[0], pathlib.Path(args[1])
    edits = int(args[args.index("--edits") + 1]) if "--edits" in args else 5
    page = sorted((project / "Source-Content").glob("*/*.md"))[0]
    url_path = "/en/" + page.parent.name + "/" + page.stem + "/"
    process = subprocess.Popen([waymark, "serve", "--project", str(project), "--port", "0", *extra],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines = []
    threading.Thread(target=lambda: [lines.append(l) for l in process.stderr], daemon=True).start()
    try:
        port = wait(lambda: next((int(m.group(1)) for l in lines if (m := re.search(r"http://127\.0\.0\.1:(\d+)/", l))), None), 120)
        wait(lambda: any(l.startswith("rebuilt") for l in lines), 600)
        first_build = next(l for l in lines if l.startswith("rebuilt")).strip()
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /__waymark/events HTTP/1.1\r\nHost: bench\r\n\r\n")
        stream = events.makefile("rb")
        generation = read_generation(stream)
        times, builds, cpus = [], [], []
        original = page.read_text()
        for edit in range(edits):
            marker = f"Benchmark sentence number {edit} for the reload."
            time.sleep(0.5)  # let the watcher settle, as between a writer's saves
            cpu_before = cpu_seconds(process.pid)
            started = time.monotonic()
            page.write_text(original + f"\n{marker}\n")
            while (new := read_generation(stream)) <= generation:
                pass
            generation = new
            body = get(port, url_path)
            while marker not in body:
                body = get(port, url_path)
            times.append(time.monotonic() - started)
            cpus.append(cpu_seconds(process.pid) - cpu_before)
            builds.append(float(re.search(r'"seconds":([0-9.e-]+)', get(port, "/__waymark/status")).group(1)))
        print(f"options: {' '.join(extra) or '(all locales)'}; first build: {first_build}")
        print("edit-to-reload s: " + " ".join(f"{t:.2f}" for t in times) + f"  median {statistics.median(times):.2f}")
        print("rebuild alone s:  " + " ".join(f"{b:.2f}" for b in builds) + f"  median {statistics.median(builds):.2f}")
        if all(c >= 0 for c in cpus):
            print("server CPU s:     " + " ".join(f"{c:.2f}" for c in cpus) + f"  median {statistics.median(cpus):.2f}")
        page.write_text(original)
    finally:
        process.terminate()
        process.wait(timeout=20)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process `pid` so far; -1 where /proc is missing."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return -1.0


def read_generation(stream) -> int:
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("the reload stream closed")
        if line.startswith(b"data: "):
            return int(line[6:].strip())


def get(port: int, path: str) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    return body


def wait(probe, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (value := probe()) is not None and value is not False:
            return value
        time.sleep(0.05)
    raise SystemExit("timed out waiting for waymark serve")


if __name__ == "__main__":
    main()
