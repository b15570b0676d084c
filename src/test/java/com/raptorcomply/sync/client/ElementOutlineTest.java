package com.raptorcomply.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte scan that recognises a held element must find the id and drift a parse finds, or give up. */
class ElementOutlineTest {

    private final ElementOutline outline = new ElementOutline(ResourceType.CYBER_ASSET);

    @ParameterizedTest
    @ValueSource(strings = {
        Fixtures.OPENAPI_CYBER_ASSET,
        Fixtures.DOCS_CYBER_ASSET,
        "{\"id\":\"ca_1\",\"inService\":\"yes\",\"count\":3,\"manufacturer\":{\"a\":[1,\"}]\\\"\"]},\"model\":null}",
        " {\n\t\"name\" : [ \"x\" , { \"y\" : \"\\u00e9\" } ] ,\r\n \"id\" : \"ca_2\" , \"isDeleted\" : false } ",
        "{\"assetType\":-1.5e3,\"id\":\"ca_3\",\"loggingEnabled\":\"false\",\"isDeleted\":\"true\",\"é\":true}",
        "{\"id\":\"变电站-1\",\"routableProtocol\":[],\"remoteAccessAvailable\":{},\"serialNumber\":false}",
    })
    void findsTheIdAndTheDriftAParseFinds(String element) {
        var parsed = (ListItem.Accepted<RemoteRecord>) RecordReader.of(ResourceType.CYBER_ASSET)
                .item(0, Fixtures.tree(element));

        assertThat(scan(element)).isTrue();

        assertThat(outline.id()).isEqualTo(parsed.record().id());
        assertThat(outline.drift()).isEqualTo(parsed.drift());
    }

    @Test
    void driftIsReportedForEveryDriftingField() {
        assertThat(scan("{\"id\":\"ca_1\",\"inService\":\"yes\",\"count\":3,\"ipAddress\":[\"10.0.0.1\"]}")).isTrue();

        assertThat(outline.drift()).containsExactly(new FieldDrift("inService", "boolean", "string"),
                new FieldDrift("count", "string", "number"), new FieldDrift("ipAddress", "string", "array"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[\"id\",\"ca_1\"]",                                   // not an object
        "\"ca_1\"",
        "{}",                                                  // no id
        "{\"name\":\"x\"}",
        "{\"id\":\"ca_1\",\"i\\u0064\":\"ca_2\"}",             // an escape in a field name: maybe a second id
        "{\"id\":\"ca_\\u0031\"}",                             // an escaped id
        "{\"id\":\"ca_1\",\"id\":\"ca_2\"}",                   // the id twice
        "{\"id\":7}",                                          // an id that is not a string
        "{\"id\":null}",
        "{\"id\":\"ca_1\",\"isDeleted\":true}",                // deleted: the parse decides
        "{\"id\":\"ca_1\",\"is_deleted\":true}",
        "{\"id\":\"ca_1\"} x",                                 // bytes after the object
        "{\"id\":\"ca_1\",\"a\":[1,2}",                        // cut short
        "{\"id\":\"ca_1\",\"a\":\"open",
        "{\"id\":\"ca_1\" \"a\":1}",                           // no comma
        "{\"id\":\"ca_1\",\"a\":x}",                           // not a JSON value
        "",
    })
    void givesUpOnAnythingUnusual(String element) {
        assertThat(scan(element)).as(element).isFalse();
    }

    @Test
    void givesUpPastTheFieldsItCanHold() {
        var many = new StringBuilder("{\"id\":\"ca_1\"");
        for (int i = 0; i < ElementOutline.MAX_FIELDS; i++) {
            many.append(",\"f").append(i).append("\":").append(i);
        }
        assertThat(scan(many.append('}').toString())).isFalse();
    }

    @Test
    void anElementIsHeldOnlyWhenItsIdAndHashAreKnownTogether() {
        String element = "{\"id\":\"ca_1\",\"inService\":\"yes\"}";
        byte[] bytes = element.getBytes(StandardCharsets.UTF_8);
        String hash = TextHash.of(bytes, bytes.length);
        KnownTexts known = known("ca_1", hash);

        var held = outline.held(4, bytes, bytes.length, hash, known);

        assertThat(held).isEqualTo(new ListItem.Held<>(4, "ca_1", hash,
                java.util.List.of(new FieldDrift("inService", "boolean", "string"))));
        assertThat(outline.held(4, bytes, bytes.length, TextHash.of("other"), known)).isNull();
        assertThat(outline.held(4, bytes, bytes.length, hash, known("ca_2", hash))).isNull();
    }

    /**
     * One outline scans a whole list, reusing what the previous element showed: every element in a sequence that
     * changes one thing at a time (a name, a type, the field count, a scan given up) still gets its own id and drift.
     */
    @Test
    void eachElementOfASequenceGetsItsOwnIdAndDrift() {
        String[] sequence = {
            "{\"id\":\"ca_1\",\"inService\":\"yes\",\"count\":3}",
            "{\"id\":\"ca_2\",\"inService\":\"no\",\"count\":4}",           // same shape
            "{\"id\":\"ca_3\",\"inService\":true,\"count\":4}",               // a type back to the documented one
            "{\"id\":\"ca_4\",\"inService\":true,\"count\":4}",
            "{\"id\":\"ca_4a\",\"inService\":true}",                          // the same but the last field
            "{\"id\":\"ca_4b\",\"inService\":true,\"count\":4}",              // and back
            "{\"id\":\"ca_5\",\"inServicf\":true,\"count\":4}",               // a name of the same length
            "{\"id\":\"ca_6\",\"inService\":true}",                           // a field fewer
            "{\"id\":\"ca_7\",\"inService\":true,\"count\":4,\"model\":5}",   // two more
            "{\"id\":\"ca_8\",\"inService\":\"x\",\"count\":4,\"model\":x}", // given up after the names changed
            "{\"id\":\"ca_9\",\"inService\":\"x\",\"count\":4,\"model\":5}",
            "{\"id\":\"ca_10\",\"inService\":\"x\",\"count\":4,\"model\":5}",
            "{\"id\":\"ca_11\",\"inService\":\"x\",\"count\":\"4\",\"mod\":5}",
        };
        for (String element : sequence) {
            boolean usable = scan(element);
            if (element.contains(":x}")) {
                assertThat(usable).as(element).isFalse();
                continue;
            }
            var parsed = (ListItem.Accepted<RemoteRecord>) RecordReader.of(ResourceType.CYBER_ASSET)
                    .item(0, Fixtures.tree(element));
            assertThat(usable).as(element).isTrue();
            assertThat(outline.id()).as(element).isEqualTo(parsed.record().id());
            assertThat(outline.drift()).as(element).isEqualTo(parsed.drift());
        }
    }

    static KnownTexts known(String id, String hash) {
        return KnownTexts.of(new long[] {KnownTexts.fingerprint(id, hash)}, 1);
    }

    private boolean scan(String element) {
        byte[] bytes = (element + "trailing bytes beyond the length").getBytes(StandardCharsets.UTF_8);
        return outline.scan(bytes, element.getBytes(StandardCharsets.UTF_8).length);
    }
}
