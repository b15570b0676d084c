package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArraySplitterTest {

    private static final String AWKWARD = """
            [ {"a": "]},[\\"{", "b": {"c": [1, {"d": []}]}} ,
              "x\\\\\\"]" ,[1,[2,{"e":[]}]],\t17\r\n,-1.5e3,true , null,
            "é ☀️🔌 \\u0041 变电站", {"k\\\\": "\\\\"}, [] ]
            """;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void elementsAreFoundWhateverTheirStringsHoldAndHoweverTheBodyArrives(boolean oneByteAtATime) throws Exception {
        ArraySplitter splitter = splitter(AWKWARD, 1024, oneByteAtATime);

        assertThat(splitter.openArray()).isTrue();
        assertThat(elements(splitter)).containsExactly("{\"a\": \"]},[\\\"{\", \"b\": {\"c\": [1, {\"d\": []}]}}",
                "\"x\\\\\\\"]\"", "[1,[2,{\"e\":[]}]]", "17", "-1.5e3", "true", "null", "\"é ☀️🔌 \\u0041 变电站\"",
                "{\"k\\\\\": \"\\\\\"}", "[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", " \n[ ]\n", "\uFEFF[]"})
    void anEmptyArrayHasNoElements(String body) throws Exception {
        ArraySplitter splitter = splitter(body, 1024, false);

        assertThat(splitter.openArray()).isTrue();
        assertThat(splitter.next()).isEqualTo(-1);
    }

    @Test
    void anElementExactlyAtTheLimitIsKeptWholeAndOneByteOverKeepsOnlyItsStart() throws Exception {
        String atLimit = "{\"id\":\"ca_1\",\"v\":\"" + "x".repeat(100 - 20) + "\"}";
        String overLimit = "{\"id\":\"ca_2\",\"v\":\"" + "y".repeat(100 - 19) + "\"}";
        ArraySplitter splitter = splitter("[" + atLimit + "," + overLimit + ", 7]", 100, true);
        splitter.openArray();

        assertThat(atLimit).hasSize(100);
        assertThat(splitter.next()).isEqualTo(100);
        assertThat(kept(splitter)).isEqualTo(atLimit);
        assertThat(splitter.next()).isEqualTo(101);
        assertThat(kept(splitter)).isEqualTo(overLimit.substring(0, 100));
        assertThat(splitter.next()).isEqualTo(1);
        assertThat(kept(splitter)).isEqualTo("7");
        assertThat(splitter.next()).isEqualTo(-1);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                arguments("[1,]", "expected an element after ',', found ']'"),
                arguments("[1,,2]", "expected an element after ',', found ','"),
                arguments("[,1]", "expected an element or ']', found ','"),
                arguments("[{\"a\":1]}", "']' closes '{'"),
                arguments("[[1}]", "'}' closes '['"),
                arguments("[{} {}]", "expected ',' or ']' after the element, found '{'"),
                arguments("[{\"a\":\"b", "the body ended inside the element"),
                arguments("[{\"a\":[1,2", "the body ended inside the element"),
                arguments("[1] x", "data after the list's closing ']': 'x'"),
                arguments("[1]\n]", "data after the list's closing ']': ']'"),
                arguments("[1]\u0000", "data after the list's closing ']': byte 0x00"));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedBodiesAreNamed(String body, String message) throws Exception {
        ArraySplitter splitter = splitter(body, 1024, false);
        splitter.openArray();

        assertThatThrownBy(() -> elements(splitter)).isInstanceOf(ArraySplitter.Malformed.class).hasMessage(message)
                .extracting(e -> ((ArraySplitter.Malformed) e).unclosed()).isEqualTo(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "[{\"a\":1}", "[1,", "[1, 2", "[\"a\" "})
    void aBodyEndingBeforeTheClosingBracketLeavesTheListUnclosed(String body) throws Exception {
        ArraySplitter splitter = splitter(body, 1024, false);
        splitter.openArray();

        assertThatThrownBy(() -> elements(splitter)).isInstanceOf(ArraySplitter.Malformed.class)
                .extracting(e -> ((ArraySplitter.Malformed) e).unclosed()).isEqualTo(true);
    }

    @Test
    void nestingDeeperThanJacksonAllowsIsMalformedEvenInAnElementNotKept() throws Exception {
        String deep = "[".repeat(ArraySplitter.MAX_DEPTH + 1) + "]".repeat(ArraySplitter.MAX_DEPTH + 1);
        ArraySplitter splitter = splitter("[" + deep + "]", 16, false);
        splitter.openArray();

        assertThatThrownBy(splitter::next).isInstanceOf(ArraySplitter.Malformed.class)
                .hasMessage("nesting deeper than 1000 levels");
    }

    @Test
    void aBodyThatIsNotAnArrayIsLeftForJacksonToDescribe() throws Exception {
        ArraySplitter splitter = splitter("  {\"data\": []}", 1024, false);

        assertThat(splitter.openArray()).isFalse();
        assertThat(new String(splitter.rest().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"data\": []}");
    }

    private static ArraySplitter splitter(String body, int limit, boolean oneByteAtATime) throws IOException {
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ArraySplitter splitter = new ArraySplitter(oneByteAtATime ? new OneByteAtATime(in) : in, limit);
        splitter.prime();
        return splitter;
    }

    private static List<String> elements(ArraySplitter splitter) throws Exception {
        List<String> elements = new ArrayList<>();
        for (long size = splitter.next(); size >= 0; size = splitter.next()) {
            assertThat(size).isEqualTo(splitter.kept().length());
            elements.add(kept(splitter));
        }
        return elements;
    }

    private static String kept(ArraySplitter splitter) {
        return new String(splitter.kept().array(), 0, splitter.kept().length(), StandardCharsets.UTF_8);
    }

    /** A body that arrives a byte per read, so every element straddles the splitter's refills. */
    private static final class OneByteAtATime extends FilterInputStream {

        OneByteAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, Math.min(length, 1));
        }
    }
}
