package org.reservoir.launcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket, for the bench's closed loops: requests are bytes encoded once
 * ({@link #request}), answers are read as status line, headers and a Content-Length or chunked body. On two shared
 * cores the JDK HttpClient's own CPU per request (selector thread, futures, header maps) competed with the service
 * under test; this driver spends a few microseconds per request. Not a general client: no redirects, no TLS, no
 * pipelining, one request in flight.
 */
public final class KeepAliveHttp implements AutoCloseable {

    /** An answer: its status and body (decoded only when read). */
    public record Answer(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int MAX_HEADER_LINE = 16 * 1024;
    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final StringBuilder line = new StringBuilder(128);

    public KeepAliveHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The bytes of one request; {@code headers} as name/value pairs, a body of {@code null} sends none. */
    public static byte[] request(String method, String host, int port, String path, byte[] body, String... headers) {
        StringBuilder b = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
        }
        if (body != null) {
            b.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] head = b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /**
     * Sends one request and reads its answer. A kept-alive connection that the server closed while idle (the write
     * fails or the answer ends before its first byte) is opened again once; any later failure is thrown, since the
     * request may have been processed.
     */
    public Answer exchange(byte[] request) throws IOException {
        boolean reused = socket != null;
        String statusLine = null;
        if (reused) {
            try {
                send(request);
                statusLine = readLine();
            } catch (java.net.SocketException e) {
                statusLine = null;
            }
            if (statusLine == null) {
                close();
            }
        }
        if (statusLine == null) {
            open();
            send(request);
            statusLine = readLine();
        }
        try {
            return read(statusLine);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Answer read(String statusLine) throws IOException {
        if (statusLine == null) {
            throw new EOFException("connection closed before an answer");
        }
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = statusLine.startsWith("HTTP/1.0");
        String h;
        while ((h = readLine()) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close") || (closing && !value.equalsIgnoreCase("keep-alive"));
                default -> {
                }
            }
        }
        if (h == null) {
            throw new EOFException("connection closed in the headers");
        }
        byte[] body;
        if (status / 100 == 1 || status == 204 || status == 304) {
            body = new byte[0];
        } else if (chunked) {
            body = chunks();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new EOFException("body shorter than its Content-Length");
            }
        } else {
            body = in.readAllBytes(); // delimited by the end of the connection
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Answer(status, body);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            if (size == null) {
                throw new EOFException("connection closed in a chunked body");
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                String trailer;
                while ((trailer = readLine()) != null && !trailer.isEmpty()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length < n) {
                throw new EOFException("chunk shorter than its size");
            }
            body.write(chunk);
            readLine(); // the CRLF after the chunk
        }
    }

    /** One header line without its CRLF (ISO-8859-1, as header bytes are), or null at the end of the stream. */
    private String readLine() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_HEADER_LINE) {
                throw new IOException("header line longer than " + MAX_HEADER_LINE);
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
