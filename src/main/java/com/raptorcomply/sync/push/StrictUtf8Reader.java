package com.raptorcomply.sync.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (the JDK readers silently replace bad bytes with U+FFFD) and drops a leading byte order
 * mark. A bad byte surfaces as {@link NotUtf8Exception} with the line it is on, after every character before it.
 */
final class StrictUtf8Reader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();
    private long lineBreaks;
    private boolean endOfInput;
    private boolean finished;
    private boolean started;
    private NotUtf8Exception pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (target[i] == '\n') {
                lineBreaks++;
            }
        }
        return count;
    }

    /** Refills {@link #chars}; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (finished) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0 && pending == null) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                pending = new NotUtf8Exception(lineBreaks + countLineBreaks() + 1, bytes.get(bytes.position()));
            } else if (result.isUnderflow() && !fillBytes()) {
                break;
            }
        }
        chars.flip();
        skipByteOrderMark();
        return chars.hasRemaining() || pending != null;
    }

    /** Reads more bytes; false when the input is exhausted and everything was decoded. */
    private boolean fillBytes() throws IOException {
        if (endOfInput) {
            decoder.flush(chars);
            finished = true;
            return false;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        return true;
    }

    private long countLineBreaks() {
        long count = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private void skipByteOrderMark() {
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input is not UTF-8: the line of the first bad byte (1-based) and that byte. */
    static final class NotUtf8Exception extends IOException {

        private final long line;

        NotUtf8Exception(long line, byte badByte) {
            super("not valid UTF-8 (byte 0x%02X); save the file as UTF-8".formatted(badByte & 0xFF));
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
