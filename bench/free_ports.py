"""Prints N free TCP ports on 127.0.0.1, space-separated; an argument "pair" asks for a port whose
next one is free too (Kafka's controller takes the port after Kafka's).

    read -r PG KAFKA WEB < <(python3 bench/free_ports.py one pair one)
"""
import socket
import sys


def bound(port):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        return s.getsockname()[1]
    finally:
        s.close()


def free(pair):
    while True:
        port = bound(0)
        if not pair:
            return port
        try:
            bound(port + 1)
            return port
        except OSError:
            pass


print(" ".join(str(free(kind == "pair")) for kind in sys.argv[1:]))
