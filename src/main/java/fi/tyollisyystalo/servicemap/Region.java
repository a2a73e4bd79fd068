package fi.tyollisyystalo.servicemap;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * The municipalities of the region the catalogue covers, by Statistics Finland code, with their
 * Finnish and Swedish names (demo region: South Karelia).
 */
public final class Region {

    private static final Map<String, LocalizedText> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        add("405", "Lappeenranta", "Villmanstrand");
        add("153", "Imatra", "Imatra");
        add("416", "Lemi", "Lemi");
        add("441", "Luumäki", "Luumäki");
        add("580", "Parikkala", "Parikkala");
        add("689", "Rautjärvi", "Rautjärvi");
        add("700", "Ruokolahti", "Ruokolahti");
        add("739", "Savitaipale", "Savitaipale");
        add("831", "Taipalsaari", "Taipalsaari");
    }

    private Region() {
    }

    private static void add(String code, String fi, String sv) {
        MUNICIPALITIES.put(code, new LocalizedText(fi, sv, fi));
    }

    public static Map<String, LocalizedText> municipalities() {
        return MUNICIPALITIES;
    }

    public static boolean isMunicipality(String code) {
        return MUNICIPALITIES.containsKey(code);
    }

    public static String name(String code, Locale locale) {
        LocalizedText t = MUNICIPALITIES.get(code);
        return t == null ? code : t.in(locale);
    }
}
