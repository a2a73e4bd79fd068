package fi.tyollisyystalo.servicemap;

/** A service location on the map. */
public record MapPoint(long serviceId, String name, double latitude, double longitude, String address,
        @org.jspecify.annotations.Nullable String nameLanguage) {
}
