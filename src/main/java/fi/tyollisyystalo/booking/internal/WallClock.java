package fi.tyollisyystalo.booking.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Wall-clock values (a time of day, a date) stored exactly as written. Hibernate applies
 * {@code hibernate.jdbc.time_zone=UTC} to {@code TIME} columns as well, shifting a {@link LocalTime} by the
 * JVM's own zone on the way in and out: hours written by SQL or by a server in another zone then read hours
 * off (08:00 came back as 03:00 in a New York JVM). As text the database keeps and returns the value as it
 * is; MariaDB converts it to and from the {@code TIME} and {@code DATE} columns.
 */
final class WallClock {

    private WallClock() {
    }

    @Converter
    static final class Time implements AttributeConverter<LocalTime, String> {
        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable LocalTime value) {
            return value == null ? null : value.toString();
        }

        @Override
        public @Nullable LocalTime convertToEntityAttribute(@Nullable String value) {
            return value == null ? null : LocalTime.parse(value);
        }
    }

    @Converter
    static final class Date implements AttributeConverter<LocalDate, String> {
        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable LocalDate value) {
            return value == null ? null : value.toString();
        }

        @Override
        public @Nullable LocalDate convertToEntityAttribute(@Nullable String value) {
            return value == null ? null : LocalDate.parse(value);
        }
    }
}
