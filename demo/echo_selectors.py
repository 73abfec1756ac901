"""Single-threaded echo server built on the selectors module.

selectors.DefaultSelector picks the best mechanism for the platform:
epoll on Linux, kqueue on macOS/BSD, select() elsewhere.
Linux-only variant: selector = selectors.EpollSelector(), or use
select.epoll() directly with ep.register(fd, select.EPOLLIN) and ep.poll().

Try it:  python3 echo_selectors.py  then  nc 127.0.0.1 9000
"""
import selectors
import socket

HOST, PORT = "127.0.0.1", 9000
selector = selectors.DefaultSelector()


def accept(server):
    conn, addr = server.accept()
    print("connection from", addr)
    conn.setblocking(False)
    selector.register(conn, selectors.EVENT_READ, data=echo)


def echo(conn):
    try:
        data = conn.recv(4096)
    except ConnectionResetError:
        data = b""
    if data:
        # Fine for a demo; a real server would buffer and wait for EVENT_WRITE.
        conn.sendall(data)
    else:
        selector.unregister(conn)
        conn.close()


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((HOST, PORT))
    server.listen(128)
    server.setblocking(False)
    selector.register(server, selectors.EVENT_READ, data=accept)
    print(f"echo server on {HOST}:{PORT} using {type(selector).__name__}")

    try:
        while True:
            for key, _mask in selector.select(timeout=None):
                callback = key.data
                callback(key.fileobj)
    except KeyboardInterrupt:
        pass
    finally:
        selector.close()
        server.close()


if __name__ == "__main__":
    main()
