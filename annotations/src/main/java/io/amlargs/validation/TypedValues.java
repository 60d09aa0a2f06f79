package io.amlargs.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts values read from JSON, YAML or hand-built maps into the Java types of the generated
 * records. Each method returns null when the value cannot be converted without loss.
 */
public final class TypedValues {

    private TypedValues() {
    }

    /**
     * Returns {@code value} as an int: an Integer, Short, Byte, Long or BigInteger within int
     * range, or a whole-valued Double, Float or BigDecimal within int range.
     */
    public static Integer toInteger(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (!(value instanceof Number number) || !isWhole(number)) {
            return null;
        }
        BigDecimal exact = new BigDecimal(number.toString());
        try {
            return exact.intValueExact();
        } catch (ArithmeticException outOfRange) {
            return null;
        }
    }

    /** Returns any {@link Number} as a double. */
    public static Double toDouble(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    /**
     * Returns a plain value (string, number or boolean) as text, as a shell argument would read:
     * {@code 3}, {@code 0.5}, {@code true}. Lists, mappings and other objects return null.
     */
    public static String toText(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    /** Returns whether {@code number} has no fractional part and is finite. */
    public static boolean isWhole(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return true;
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        double asDouble = number.doubleValue();
        return Double.isFinite(asDouble) && asDouble == Math.rint(asDouble);
    }
}
