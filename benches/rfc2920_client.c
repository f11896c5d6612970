/* A minimal RFC 2920 client, the ceiling for a client that keeps each transaction to itself: per message one write
 * of MAIL/RCPT/DATA and its three replies, then one write of the content and "." and the final reply (two round
 * trips). No parsing beyond counting reply lines, no checks beyond the reply codes: what a real client cannot beat
 * without pipelining across transactions. One thread polling every connection, as smtp-source does. Compiled by
 * benches/pipeline_rows.py at bench time.
 *
 *   rfc2920_client HOST PORT CONNECTIONS MESSAGES MESSAGE_FILE
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *host;
static int port;
static char *content; /* the message, dot-stuffed, ending with CRLF "." CRLF */
static size_t content_len;
static const char envelope[] = "MAIL FROM:<bench@example.com>\r\nRCPT TO:<sink@example.net>\r\nDATA\r\n";

struct conn {
    int fd;
    char buf[65536];
    size_t len;
};

static void die(const char *what) {
    perror(what);
    exit(1);
}

/* Reads until `replies` complete replies arrived; returns the code of the last one. */
static int read_replies(struct conn *c, int replies) {
    int code = 0;
    for (;;) {
        char *start = c->buf, *end;
        while (replies > 0 && (end = memchr(start, '\n', c->buf + c->len - start)) != NULL) {
            if (end - start >= 4 && start[3] == ' ') {
                code = atoi(start);
                replies--;
            }
            start = end + 1;
        }
        memmove(c->buf, start, c->buf + c->len - start);
        c->len -= start - c->buf;
        if (replies == 0)
            return code;
        ssize_t n = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
        if (n <= 0)
            die("read");
        c->len += n;
    }
}

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            die("write");
        p += w;
        n -= w;
    }
}

/* Opens a connection and reads the greeting and the EHLO reply (blocking: before the timed loop matters). */
static struct conn *open_conn(void) {
    struct conn *c = calloc(1, sizeof *c);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port)};
    inet_pton(AF_INET, host, &sa.sin_addr);
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(c->fd, (struct sockaddr *)&sa, sizeof sa) != 0)
        die("connect");
    if (read_replies(c, 1) != 220)
        die("greeting");
    write_all(c->fd, "EHLO bench.example.com\r\n", 24);
    if (read_replies(c, 1) != 250)
        die("EHLO");
    return c;
}

/* Complete replies buffered; consumes them and keeps the last code in *code. */
static int take_replies(struct conn *c, int *code) {
    int got = 0;
    char *start = c->buf, *end;
    while ((end = memchr(start, '\n', c->buf + c->len - start)) != NULL) {
        if (end - start >= 4 && start[3] == ' ') {
            *code = atoi(start);
            got++;
        }
        start = end + 1;
    }
    memmove(c->buf, start, c->buf + c->len - start);
    c->len -= start - c->buf;
    return got;
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s HOST PORT CONNECTIONS MESSAGES MESSAGE_FILE\n", argv[0]);
        return 2;
    }
    host = argv[1];
    port = atoi(argv[2]);
    int conns = atoi(argv[3]);
    long total = atol(argv[4]);
    FILE *f = fopen(argv[5], "rb");
    if (!f)
        die("message file");
    content = malloc(1 << 24);
    content_len = fread(content, 1, (1 << 24) - 8, f);
    fclose(f);
    memcpy(content + content_len, ".\r\n", 3);
    content_len += 3;
    /* One thread, poll() over the connections (as smtp-source does): per connection, the replies still due for
     * the step it is in (3 after the envelope, 1 after the content). */
    struct conn **c = calloc(conns, sizeof *c);
    struct pollfd *fds = calloc(conns, sizeof *fds);
    int *due = calloc(conns, sizeof *due), *code = calloc(conns, sizeof *code);
    char *in_data = calloc(conns, 1);
    long started = 0, finished = 0;
    for (int i = 0; i < conns; i++) {
        c[i] = open_conn();
        fds[i] = (struct pollfd){.fd = c[i]->fd, .events = POLLIN};
        if (started < total) {
            write_all(c[i]->fd, envelope, sizeof envelope - 1);
            due[i] = 3;
            started++;
        }
    }
    while (finished < total) {
        if (poll(fds, conns, 10000) <= 0)
            die("poll");
        for (int i = 0; i < conns; i++) {
            if (!(fds[i].revents & POLLIN))
                continue;
            ssize_t n = read(c[i]->fd, c[i]->buf + c[i]->len, sizeof c[i]->buf - c[i]->len);
            if (n <= 0)
                die("read");
            c[i]->len += n;
            due[i] -= take_replies(c[i], &code[i]);
            if (due[i] > 0)
                continue;
            if (!in_data[i]) {
                if (code[i] != 354)
                    die("DATA");
                write_all(c[i]->fd, content, content_len);
                in_data[i] = 1;
                due[i] = 1;
            } else {
                if (code[i] != 250)
                    die("final reply");
                finished++;
                in_data[i] = 0;
                if (started < total) {
                    write_all(c[i]->fd, envelope, sizeof envelope - 1);
                    due[i] = 3;
                    started++;
                }
            }
        }
    }
    for (int i = 0; i < conns; i++) {
        write_all(c[i]->fd, "QUIT\r\n", 6);
        close(c[i]->fd);
    }
    return 0;
}
