package fi.tyollisyystalo.servicemap.internal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.servicemap.OpeningHours;

/** Opening hours are kept as a small JSON document in one column: read whole, never queried. */
@Converter
class OpeningHoursConverter implements AttributeConverter<OpeningHours, String> {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable OpeningHours hours) {
        return hours == null || hours.isEmpty() ? null : JSON.writeValueAsString(hours);
    }

    @Override
    public OpeningHours convertToEntityAttribute(@Nullable String json) {
        return json == null || json.isBlank() ? OpeningHours.NONE : JSON.readValue(json, OpeningHours.class);
    }
}
