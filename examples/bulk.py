"""Many messages: a pooled, pipelined Sender fed by a generator, sync and asyncio.

python examples/bulk.py 127.0.0.1:2525        # any SMTP server that accepts these addresses
"""

import asyncio
import sys
from email.message import EmailMessage

import resilient_smtp

relay = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:2525"


def newsletter(count):
    """A generator: send_many/imap read it lazily, so a campaign of any size never sits in memory."""
    for i in range(count):
        msg = EmailMessage()
        msg["From"] = "news@example.com"
        msg["To"] = f"reader{i}@example.net"
        msg["Subject"] = f"Issue {i}"
        msg.set_content("This week's news.\n")
        # Serialize once and pass bytes with the envelope: the fast path (an EmailMessage costs ~200 µs to serialize).
        yield msg.as_bytes(), "news@example.com", [f"reader{i}@example.net"]


with resilient_smtp.Sender(relay, tls="opportunistic", retry=3, timeout=30) as sender:
    outcomes = sender.send_many(newsletter(200), concurrency=8)  # outcomes in input order, never raises per message
    failed = [o for o in outcomes if isinstance(o, Exception)]
    print(
        f"send_many: {len(outcomes) - len(failed)} delivered, {len(failed)} failed; pool (opened, reused) "
        f"{sender.pool_stats}"
    )
    delivered = 0
    for outcome in sender.imap(newsletter(1000), concurrency=8):  # flat memory: outcomes are not kept
        if isinstance(outcome, resilient_smtp.DeliveryError):
            print("failed:", outcome)
        else:
            delivered += 1
    print(f"imap: {delivered} delivered")


async def main():
    async with resilient_smtp.Sender(relay, tls="opportunistic", retry=3, timeout=30) as sender:
        results = await asyncio.gather(*(sender.send_async(m, sender=s, recipients=r) for m, s, r in newsletter(50)))
        print(f"send_async: {len(results)} delivered, first reply: {results[0].code} {results[0].reply}")


asyncio.run(main())
