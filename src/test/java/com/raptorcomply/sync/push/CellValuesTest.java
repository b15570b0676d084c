package com.raptorcomply.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void booleansInAnyCaseAndIntegersWithoutLeadingZerosAreTyped() {
        assertThat(CellValues.attribute("True")).isEqualTo(true);
        assertThat(CellValues.attribute("FALSE")).isEqualTo(false);
        assertThat(CellValues.attribute("0")).isEqualTo(0L);
        assertThat(CellValues.attribute("-7")).isEqualTo(-7L);
        assertThat(CellValues.attribute("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    }

    @Test
    void everythingElseStaysText() {
        assertThat(CellValues.attribute("0042")).isEqualTo("0042");
        assertThat(CellValues.attribute("-0")).isEqualTo("-0");
        assertThat(CellValues.attribute("+5")).isEqualTo("+5");
        assertThat(CellValues.attribute("12.5")).isEqualTo("12.5");
        assertThat(CellValues.attribute("1e3")).isEqualTo("1e3");
        assertThat(CellValues.attribute("1234567890123456789")).isEqualTo("1234567890123456789");
        assertThat(CellValues.attribute("yes")).isEqualTo("yes");
        assertThat(CellValues.bool("1")).isNull();
    }
}
