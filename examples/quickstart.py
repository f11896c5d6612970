"""Send one message and show what happened, phase by phase.

python examples/quickstart.py 127.0.0.1:2525          # any SMTP server; scripts/quickstart.sh starts one
"""

import sys
from email.message import EmailMessage

import resilient_smtp

relay = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:2525"

msg = EmailMessage()
msg["From"] = "alice@example.com"
msg["To"] = "bob@example.net"
msg["Subject"] = "Hello from resilient-smtp"
msg.set_content("Every SMTP phase had its own timeout on the way here.\n")

try:
    result = resilient_smtp.send(
        msg,
        relay,
        tls="opportunistic",  # use STARTTLS when offered; "starttls" requires it (the default on port 587)
        timeouts=resilient_smtp.Timeouts(connect=5, rcpt=30),  # per phase; timeout=10 would cap them all
        retry=resilient_smtp.RetryPolicy(max_attempts=3, initial_delay=0.5),
        deadline=30,  # the whole call, retries included
    )
except resilient_smtp.DeliveryUncertain as e:  # the final reply after "." was lost: do not blindly resend
    sys.exit(f"maybe delivered: {e}")
except resilient_smtp.DeliveryError as e:  # also a smtplib.SMTPException; timeouts are TimeoutErrors too
    sys.exit(f"failed in phase {e.phase} ({'transient' if e.transient else 'permanent'}): {e}")

print(f"delivered {result.message_id} to {result.host} [{result.ip}]:{result.port}: {result.code} {result.reply}")
for phase, seconds in result.timings.items():
    print(f"  {phase:<11} {seconds * 1000:8.2f} ms")
