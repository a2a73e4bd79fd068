package fi.tyollisyystalo.statistics.internal;

import java.util.List;

/** Age bands of the statistics (texts {@code stats.age.<code>}): under 25, ten-year bands, 65 and over. */
public final class AgeBand {

    public static final List<String> CODES = List.of("U25", "25_34", "35_44", "45_54", "55_64", "65P");

    private AgeBand() {
    }

    public static String of(int age) {
        if (age < 25) {
            return "U25";
        }
        if (age >= 65) {
            return "65P";
        }
        int low = 25 + (age - 25) / 10 * 10;
        return low + "_" + (low + 9);
    }
}
