"""Bulk send_many CPU per message (issue 11): one client against a Postfix smtp-sink (started here, or the one at
``--port``), N messages of 1 kB, reporting msg/s and the client's CPU time per message. Clients: ``rs``
(Sender.send_many, (bytes, sender, rcpts), concurrency 8), ``rs-email`` (a list of EmailMessage), ``c``
(benches/rfc2920_client.c), ``source`` (smtp-source -d -s 8).

    python benches/bulk_profile.py rs --n 20000
    valgrind --tool=callgrind python benches/bulk_profile.py rs --n 6000 --port P   # where the instructions go

Instructions per message, load independent: the callgrind total at --n 6000 minus that at --n 1000, over 5000,
against an external ``smtp-sink -u nobody 127.0.0.1:P 512``, on a release build made without incremental
compilation (incremental builds inline differently from build to build: the same code measured 84k-93k)."""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import bench
import pipeline_rows


class External:
    def __init__(self, port: int) -> None:
        self.port = port
        self.address = f"127.0.0.1:{port}"

    def stop(self) -> None:
        pass


def used() -> float:
    """CPU seconds of this process (every thread) and of its finished children (the C clients; with --port the sink
    is not our child)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("client", choices=["rs", "rs-email", "c", "source", "rs-imap"])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument(
        "--port", type=int, help="an smtp-sink already running on 127.0.0.1:PORT (then perf counts only us)"
    )
    args = ap.parse_args()
    sink = External(args.port) if args.port else bench.Sink()
    try:
        for _ in range(args.repeat):
            t0, cpu0 = time.perf_counter(), used()
            if args.client == "rs":
                bench.rs_send_many(args.concurrency)(sink, args.n)
            elif args.client == "rs-imap":
                bench.rs_imap_8(sink, args.n)
            elif args.client == "rs-email":
                bench.email_messages(args.n)
                t0, cpu0 = time.perf_counter(), used()
                bench.rs_send_many_email_messages(sink, args.n)
            elif args.client == "source":
                bench.smtp_source(sink, args.n, "-d", "-s", "8")
            else:
                ((_, raw),) = pipeline_rows.cases(bench.message())
                raw(sink, args.n)
            dt = time.perf_counter() - t0
            cpu = used() - cpu0
            print(
                f"{args.client}: {args.n / dt:.0f} msg/s ({args.n} in {dt:.2f} s), client CPU {cpu / args.n * 1e6:.1f} us/msg",
                flush=True,
            )
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
