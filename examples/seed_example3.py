# The seed article's "Example 3: Retrying Email Sending with Exponential Backoff", with its send_email_with_retry()
# definition replaced by the drop-in from resilient_smtp. Two changes only: the import below instead of the function,
# and SEED_SMTP_HOST / SEED_SMTP_PORT to override the article's placeholder server ('your_smtp_server', 587) so the
# script can run against a local server (tests/test_send_email_with_retry.py runs it against smtp-sink).
# The rest is the article's usage code as it was (including its unused imports).
import os
from email.mime.text import MIMEText

from resilient_smtp import send_email_with_retry

# Example usage
msg = MIMEText("Test email.")
msg["Subject"] = "Test Email Subject"
msg["From"] = "your_email@example.com"
msg["To"] = "recipient@example.com"
server_address = (
    os.environ.get("SEED_SMTP_HOST", "your_smtp_server"),
    int(os.environ.get("SEED_SMTP_PORT", 587)),
)  # Tuple for server address and port

if send_email_with_retry(msg, server_address, timeout=10):
    print("Email sent successfully after retries.")
else:
    print("Email sending failed after multiple retries.")
