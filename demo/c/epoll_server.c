/* Non-blocking, edge-triggered epoll echo server (Linux).
 * Build: gcc -Wall -Wextra -std=c11 -D_GNU_SOURCE -o epoll_server epoll_server.c */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 9000
#define MAX_EVENTS 64

static void die(const char *what) { perror(what); exit(EXIT_FAILURE); }

static int make_listener(void) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) die("socket");
    int one = 1;
    /* REUSEADDR: rebind while old connections sit in TIME_WAIT.
     * REUSEPORT: several processes may bind the same port (kernel balances). */
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0) die("SO_REUSEADDR");
    if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) die("SO_REUSEPORT");
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(PORT) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); /* 127.0.0.1 */
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0) die("bind");
    if (listen(fd, SOMAXCONN) < 0) die("listen");
    return fd;
}

/* Edge-triggered: we are told once, so drain the socket until EAGAIN. */
static void echo_client(int fd) {
    char buf[4096];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) {
            if (write(fd, buf, (size_t)n) < 0 && errno != EAGAIN) break; /* demo: no write buffering */
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return; /* drained */
        break; /* n == 0: peer closed, or a real error */
    }
    close(fd); /* closing also removes fd from the epoll set */
}

int main(void) {
    int lfd = make_listener();
    int epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) die("epoll_create1");

    /* EPOLLEXCLUSIVE (Linux 4.5+): when several processes wait on this
     * listener, wake only one of them per connection (no thundering herd). */
    struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE, .data.fd = lfd };
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev) < 0) die("epoll_ctl listener");
    printf("listening on 127.0.0.1:%d\n", PORT);

    struct epoll_event events[MAX_EVENTS];
    for (;;) {
        int n = epoll_wait(epfd, events, MAX_EVENTS, -1);
        if (n < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (fd != lfd) { echo_client(fd); continue; }
            for (;;) { /* accept every pending connection */
                int cfd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (cfd < 0) {
                    if (errno == EINTR) continue;
                    if (errno != EAGAIN && errno != EWOULDBLOCK) perror("accept4");
                    break; /* queue empty (or error): wait for the next event */
                }
                struct epoll_event cev = { .events = EPOLLIN | EPOLLET, .data.fd = cfd };
                if (epoll_ctl(epfd, EPOLL_CTL_ADD, cfd, &cev) < 0) { perror("epoll_ctl client"); close(cfd); }
            }
        }
    }
}
