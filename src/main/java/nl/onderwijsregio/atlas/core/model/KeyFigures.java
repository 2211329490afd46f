package nl.onderwijsregio.atlas.core.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The key figures of a region card. Each may be absent, and absent is not zero:
 * a card that prints "0" has the value 0, a card that prints nothing has no value.
 */
public final class KeyFigures {

    private static final KeyFigures NONE = new KeyFigures(new EnumMap<>(KeyFigure.class));

    private final EnumMap<KeyFigure, Long> values;

    private KeyFigures(EnumMap<KeyFigure, Long> values) {
        this.values = values;
    }

    public static KeyFigures none() {
        return NONE;
    }

    /** Builds figures from a map; null values mean absent. Negative values are rejected. */
    public static KeyFigures of(Map<KeyFigure, Long> values) {
        EnumMap<KeyFigure, Long> copy = new EnumMap<>(KeyFigure.class);
        values.forEach((k, v) -> {
            if (v != null) {
                if (v < 0) {
                    throw new IllegalArgumentException(k.jsonKey() + " must not be negative: " + v);
                }
                copy.put(k, v);
            }
        });
        return new KeyFigures(copy);
    }

    public OptionalLong get(KeyFigure figure) {
        Long v = values.get(figure);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    public boolean isPresent(KeyFigure figure) {
        return values.containsKey(figure);
    }

    /** A copy with one figure set, or removed when {@code value} is null. */
    public KeyFigures with(KeyFigure figure, Long value) {
        EnumMap<KeyFigure, Long> copy = new EnumMap<>(KeyFigure.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(figure);
        } else {
            copy.put(figure, value);
        }
        return of(copy);
    }

    public Map<KeyFigure, Long> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyFigures other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
