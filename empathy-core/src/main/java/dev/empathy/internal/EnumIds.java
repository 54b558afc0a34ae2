package dev.empathy.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The id look-up shared by the enums whose constants have stable lower-case ids (channel, intent, situation, ...). Stateless. */
public final class EnumIds {

    private EnumIds() {
    }

    /**
     * The constant of {@code type} whose id is {@code id}, ignoring case and surrounding white space.
     *
     * @param what the tag's name in the error message, e.g. {@code "channel"}
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException naming the unknown id and listing the valid ones
     */
    public static <E extends Enum<E>> E fromId(Class<E> type, Function<E, String> idOf, String what, String id) {
        return find(type, idOf, id).orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + id + "', expected one of " + ids(type, idOf)));
    }

    /** The constant of {@code type} whose id is {@code id} (case and surrounding white space ignored), if any. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> idOf, String id) {
        Objects.requireNonNull(id, "id must not be null");
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (idOf.apply(value).equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** All ids of {@code type}, comma-separated in declaration order. */
    public static <E extends Enum<E>> String ids(Class<E> type, Function<E, String> idOf) {
        return Stream.of(type.getEnumConstants()).map(idOf).collect(Collectors.joining(", "));
    }
}
