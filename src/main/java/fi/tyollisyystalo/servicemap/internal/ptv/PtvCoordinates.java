package fi.tyollisyystalo.servicemap.internal.ptv;

import org.jspecify.annotations.Nullable;

/**
 * PTV gives coordinates as text in ETRS-TM35FIN (EPSG:3067: "latitude" is the northing, "longitude" the
 * easting, in metres); our map wants degrees (ETRS89, the same as WGS84 at map precision). Values that
 * already look like degrees are kept. The inverse transverse Mercator follows JHS 154 (Krüger series).
 */
final class PtvCoordinates {

    /** Degrees: latitude, longitude. */
    record LatLon(double latitude, double longitude) {
    }

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;
    private static final double K0 = 0.9996;
    private static final double LAMBDA0 = Math.toRadians(27);
    private static final double E0 = 500_000;
    private static final double N = F / (2 - F);
    private static final double A1 = A / (1 + N) * (1 + N * N / 4 + Math.pow(N, 4) / 64);
    private static final double E = Math.sqrt(2 * F - F * F);
    private static final double H1 = N / 2 - 2.0 / 3 * N * N + 37.0 / 96 * Math.pow(N, 3) - 1.0 / 360 * Math.pow(N, 4);
    private static final double H2 = N * N / 48 + Math.pow(N, 3) / 15 - 437.0 / 1440 * Math.pow(N, 4);
    private static final double H3 = 17.0 / 480 * Math.pow(N, 3) - 37.0 / 840 * Math.pow(N, 4);
    private static final double H4 = 4397.0 / 161280 * Math.pow(N, 4);

    private PtvCoordinates() {
    }

    static @Nullable LatLon of(@Nullable String latitude, @Nullable String longitude) {
        Double north = number(latitude);
        Double east = number(longitude);
        if (north == null || east == null || (north == 0 && east == 0)) {
            return null;
        }
        if (Math.abs(north) <= 90 && Math.abs(east) <= 180) {
            return new LatLon(north, east);
        }
        return fromTm35Fin(north, east);
    }

    static LatLon fromTm35Fin(double northing, double easting) {
        double xi = northing / (A1 * K0);
        double eta = (easting - E0) / (A1 * K0);
        double xiPrime = xi - (H1 * Math.sin(2 * xi) * Math.cosh(2 * eta) + H2 * Math.sin(4 * xi) * Math.cosh(4 * eta)
                + H3 * Math.sin(6 * xi) * Math.cosh(6 * eta) + H4 * Math.sin(8 * xi) * Math.cosh(8 * eta));
        double etaPrime = eta - (H1 * Math.cos(2 * xi) * Math.sinh(2 * eta) + H2 * Math.cos(4 * xi) * Math.sinh(4 * eta)
                + H3 * Math.cos(6 * xi) * Math.sinh(6 * eta) + H4 * Math.cos(8 * xi) * Math.sinh(8 * eta));
        double beta = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
        double l = Math.asin(Math.tanh(etaPrime) / Math.cos(beta));
        double q = asinh(Math.tan(beta));
        double qPrime = q;
        for (int i = 0; i < 6; i++) {
            qPrime = q + E * atanh(E * Math.tanh(qPrime));
        }
        double phi = Math.atan(Math.sinh(qPrime));
        return new LatLon(Math.toDegrees(phi), Math.toDegrees(LAMBDA0 + l));
    }

    private static @Nullable Double number(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
