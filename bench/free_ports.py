"""Prints N free TCP ports on 127.0.0.1, space-separated; an argument "pair" asks for a port whose
next one is free too (Kafka's controller takes the port after Kafka's).

    read -r PG KAFKA WEB < <(python3 bench/free_ports.py one pair one)

Ports are picked outside the range the OS gives outgoing connections (as deploy/local's Ports
does): a port found free there can become a client socket's local port before the server binds it.
"""
import random
import socket
import sys

LOWEST = 10000


def ephemeral_range():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
            low, high = f.read().split()
            return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def is_free(port):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def free(pair, taken):
    low, high = ephemeral_range()
    candidates = [p for p in range(LOWEST, 65535) if (p < low - 1 or p > high) and p not in taken]
    while True:
        port = random.choice(candidates)
        if is_free(port) and (not pair or (port + 1 not in taken and is_free(port + 1))):
            taken.update({port, port + 1} if pair else {port})
            return port


taken = set()
print(" ".join(str(free(kind == "pair", taken)) for kind in sys.argv[1:]))
