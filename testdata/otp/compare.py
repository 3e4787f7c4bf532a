#!/usr/bin/env python3
"""Compares goerl with a real erl (OTP 25) on shell inputs, one per line.

    python3 testdata/otp/compare.py [-v] [--goerl BIN] [--lesson OUT] CASES...

Each CASES file holds one complete shell input per line (lines starting
with '%' and blank lines are skipped). Every file is piped through `erl`
and through goerl; the text printed after each prompt is compared. It
prints the count of inputs that print the same, the differing ones with
-v, and with --lesson writes a lesson (transcript in goerl's pipe form,
erl's output) of the inputs that matched, for testdata/.
"""
import argparse, re, subprocess, sys

def cases(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.strip() == "" or line.startswith("%"):
            continue
        out.append(line)
    return out

def split_erl(text, n):
    # erl on a pipe prints "N> " then the output; the prompt number does
    # not advance after a syntax error, so the next prompt is N or N+1.
    i = text.find("\n1> ")
    if i < 0:
        return [""] * n
    pos, num, chunks = i + 1 + len("1> "), 1, []
    nums = []
    for k in range(n):
        nums.append(num)
        best = None
        for cand in (num + 1, num):
            m = re.compile(r"(?:^|\n)%d> " % cand).search(text, pos)
            if m and (best is None or m.start() < best[0].start()):
                best = (m, cand)
        if best is None:
            chunks.append(text[pos:])
            pos = len(text)
            continue
        m, cand = best
        end = m.start() + (1 if text[m.start()] == "\n" else 0)
        chunks.append(text[pos:end])
        pos, num = m.end(), cand
    split_erl.prompts = nums
    return [c.rstrip("\n") for c in chunks]

def split_goerl(text, inputs):
    chunks, pos = [], 0
    heads = []
    for inp in inputs:
        m = re.compile(r"(?:^|\n)\d+> " + re.escape(inp) + r"\n").search(text, pos)
        if not m:
            heads.append(None)
            continue
        heads.append((m.start(), m.end()))
        pos = m.end()
    for k, h in enumerate(heads):
        if h is None:
            chunks.append("<input not echoed>")
            continue
        nxt = next((x[0] for x in heads[k + 1:] if x), None)
        body = text[h[1]:nxt] if nxt is not None else text[h[1]:]
        body = re.sub(r"\n?\d+> $", "", body.rstrip(" "))
        chunks.append(body.rstrip("\n"))
    return chunks

def norm(s):
    s = "\n".join(l.rstrip() for l in s.split("\n"))
    s = re.sub(r"#Ref<[0-9.]+>", "#Ref<>", s)
    s = re.sub(r"<0\.\d+\.0>", "<0.N.0>", s)
    s = re.sub(r"#Fun<erl_eval\.\d+\.\d+>", "#Fun<erl_eval>", s)
    return s

# erl on a pipe reads and writes Latin-1; a UTF-8 terminal is what
# goerl imitates, so erl's standard_io is switched to Unicode first.
ERL = ["erl", "-eval", "io:setopts(standard_io, [{encoding, unicode}])"]

def run(cmd, inputs, cwd):
    data = "\n".join(inputs) + "\n"
    p = subprocess.run(cmd, input=data.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd, timeout=600)
    return p.stdout.decode("utf-8", "replace")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--goerl", default="/tmp/goerl")
    ap.add_argument("--lesson")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    import tempfile
    total = same = 0
    matched = []
    for f in a.files:
        inputs = cases(f)
        with tempfile.TemporaryDirectory() as d:
            e = split_erl(run(ERL, inputs + ["halt()."], d), len(inputs))
        with tempfile.TemporaryDirectory() as d:
            g = split_goerl(run([a.goerl], inputs, d), inputs)
        if matched:
            matched.append(("f().", "ok"))  # each file starts without bindings
        for inp, ev, gv in zip(inputs, e, g):
            total += 1
            if norm(ev) == norm(gv):
                same += 1
                matched.append((inp, ev))
            elif a.v:
                print("--- %s\n  erl:   %s\n  goerl: %s" % (inp, ev.replace("\n", "\n         "), gv.replace("\n", "\n         ")))
    print("%d of %d inputs print the same as erl (%.1f%%)" % (same, total, 100.0 * same / max(total, 1)))
    if a.lesson:
        write_lesson(a.lesson, [inp for inp, ev in matched if stable(ev)])

def stable(out):
    # Pids, refs and funs are numbered differently in goerl: a lesson
    # compares exactly, so it keeps only outputs without them.
    return not re.search(r"<0\.\d+\.0>|#Ref<|#Fun<|#Port<", out)

def write_lesson(path, inputs):
    import tempfile
    while True:
        with tempfile.TemporaryDirectory() as d:
            out = split_erl(run(ERL, inputs + ["halt()."], d), len(inputs))
        prompts = split_erl.prompts
        keep = [inp for inp, ev in zip(inputs, out) if stable(ev)]
        if len(keep) == len(inputs):
            break
        inputs = keep
    with open(path, "w", encoding="utf-8") as f:
        f.write("# OTP test-suite expressions; every output here is a real erl 25's (testdata/otp/compare.py --lesson).\n")
        f.write("goerl 0.2 (Erlang/OTP 25 shell semantics, Go modules via yaegi 0.16.1)\n\nEshell goerl 0.2  (abort with ^G)\n")
        last = 1
        for inp, ev, num in zip(inputs, out, prompts):
            f.write("%d> %s\n" % (num, inp))
            if ev:
                f.write(ev + "\n")
            last = num
        f.write("%d>\n" % (last + 1))

if __name__ == "__main__":
    main()
