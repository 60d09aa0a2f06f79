package io.amlargs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

    @Test
    void toIntegerAcceptsWholeNumbersInRange() {
        assertThat(TypedValues.toInteger(4)).isEqualTo(4);
        assertThat(TypedValues.toInteger(4L)).isEqualTo(4);
        assertThat(TypedValues.toInteger((short) 4)).isEqualTo(4);
        assertThat(TypedValues.toInteger(4.0)).isEqualTo(4);
        assertThat(TypedValues.toInteger(new BigDecimal("4.00"))).isEqualTo(4);
        assertThat(TypedValues.toInteger(BigInteger.valueOf(-7))).isEqualTo(-7);
    }

    @Test
    void toIntegerRejectsFractionsOutOfRangeAndText() {
        assertThat(TypedValues.toInteger(4.5)).isNull();
        assertThat(TypedValues.toInteger(Long.MAX_VALUE)).isNull();
        assertThat(TypedValues.toInteger(1e10)).isNull();
        assertThat(TypedValues.toInteger(Double.NaN)).isNull();
        assertThat(TypedValues.toInteger("4")).isNull();
        assertThat(TypedValues.toInteger(true)).isNull();
    }

    @Test
    void toDoubleAcceptsAnyNumber() {
        assertThat(TypedValues.toDouble(2)).isEqualTo(2.0);
        assertThat(TypedValues.toDouble(new BigDecimal("0.25"))).isEqualTo(0.25);
        assertThat(TypedValues.toDouble("2")).isNull();
    }

    @Test
    void toTextConvertsPlainValuesOnly() {
        assertThat(TypedValues.toText("a b")).isEqualTo("a b");
        assertThat(TypedValues.toText(3)).isEqualTo("3");
        assertThat(TypedValues.toText(0.5)).isEqualTo("0.5");
        assertThat(TypedValues.toText(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(TypedValues.toText(false)).isEqualTo("false");
        assertThat(TypedValues.toText(List.of("x"))).isNull();
        assertThat(TypedValues.toText(Map.of("k", "v"))).isNull();
        assertThat(TypedValues.toText(null)).isNull();
    }
}
