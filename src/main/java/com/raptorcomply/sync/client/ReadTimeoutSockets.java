package com.raptorcomply.sync.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.time.Duration;
import javax.net.SocketFactory;

/**
 * Sockets that enforce the read timeout themselves ({@code SO_TIMEOUT}: a blocking read that waits longer throws
 * {@link java.net.SocketTimeoutException}), so that OkHttp needs no read timeout of its own. OkHttp enforces one on
 * every read of the socket through Okio's watchdog thread, which each read wakes: for a list of a million assets,
 * some 100,000 reads of 8 KB, 2.3 s of CPU. The timeout covers the TLS handshake and every read of an answer, its
 * body included, and restarts with each read as OkHttp's did. OkHttp, its own read timeout off, asks for none
 * ({@code setSoTimeout(0)}): such a socket keeps this one instead. Only for HTTP/1.1, whose connections carry one
 * exchange at a time; an HTTP/2 connection's reader waits idle between streams.
 */
final class ReadTimeoutSockets extends SocketFactory {

    private final int readTimeoutMillis;

    ReadTimeoutSockets(Duration readTimeout) {
        this.readTimeoutMillis = (int) Math.min(Math.max(readTimeout.toMillis(), 1), Integer.MAX_VALUE);
    }

    @Override
    public Socket createSocket() throws SocketException {
        return new TimedSocket(readTimeoutMillis);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(SocketAddress remote, SocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose read timeout can be changed (OkHttp's health check sets 1 ms for a moment) but not removed. */
    private static final class TimedSocket extends Socket {

        private final int readTimeoutMillis;

        TimedSocket(int readTimeoutMillis) throws SocketException {
            this.readTimeoutMillis = readTimeoutMillis;
            super.setSoTimeout(readTimeoutMillis);
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            super.setSoTimeout(timeout == 0 ? readTimeoutMillis : timeout);
        }
    }
}
