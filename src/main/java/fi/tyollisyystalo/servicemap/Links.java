package fi.tyollisyystalo.servicemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What may become a link on a public page: web addresses only with http or https, phone numbers only
 * as digits (the page makes the {@code tel:} link itself). The editor, the organisation editor, the PTV
 * import and the public page all ask here, so a {@code javascript:} address gets in nowhere.
 */
public final class Links {

    /** The longest address a channel can keep (the column's size). */
    public static final int MAX_URL = 1000;
    /** The longest phone number a channel can keep. */
    public static final int MAX_PHONE = 40;

    private static final Pattern WEB = Pattern.compile("^https?://[^\\s<>\"'`\\\\]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9(][0-9 ()/-]{2,}$");

    private Links() {
    }

    /** True for an absolute http(s) address with a host, nothing a browser would run. */
    public static boolean isWebAddress(@Nullable String url) {
        if (url == null || url.length() > MAX_URL || !WEB.matcher(url).matches()) {
            return false;
        }
        String rest = url.substring(url.indexOf("//") + 2);
        return !rest.isEmpty() && !rest.startsWith("/") && !rest.startsWith("?") && !rest.startsWith("#");
    }

    /** True for a number a {@code tel:} link can call: digits, spaces, dashes, brackets, an optional +. */
    public static boolean isPhoneNumber(@Nullable String number) {
        return number != null && number.length() <= MAX_PHONE && PHONE.matcher(number).matches()
                && number.chars().filter(Character::isDigit).count() >= 3;
    }

    /** The {@code tel:} address of a number that {@link #isPhoneNumber} accepts. */
    public static String telHref(String number) {
        return "tel:" + number.replaceAll("[^+0-9]", "");
    }

    /**
     * What is wrong with the channels, by field ({@code channels.N.url}, {@code channels.N.phone},
     * {@code channels.N.postalCode}, {@code channels.N.municipality}) → translation key.
     */
    public static Map<String, String> channelErrors(List<ChannelData> channels) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelData c = channels.get(i);
            String at = "channels." + i + ".";
            switch (c.type()) {
                case WEB, ESERVICE -> {
                    if (!isWebAddress(c.url())) {
                        errors.put(at + "url", "editor.error.channel.url");
                    }
                }
                case PHONE -> {
                    if (!isPhoneNumber(c.phoneNumber())) {
                        errors.put(at + "phone", "editor.error.channel.phone");
                    }
                }
                case LOCATION -> {
                    if (c.street() != null && c.street().length() > 255) {
                        errors.put(at + "street", "editor.error.toolong.255");
                    }
                    if (c.postalCode() != null && !c.postalCode().matches("[0-9]{5}")) {
                        errors.put(at + "postalCode", "editor.error.channel.postalCode");
                    }
                    if (c.municipality() != null && !Region.municipalities().containsKey(c.municipality())) {
                        errors.put(at + "municipality", "editor.error.channel.municipality");
                    }
                }
            }
            String[] names = {c.name().fi(), c.name().sv(), c.name().en()};
            String[] languages = {"fi", "sv", "en"};
            for (int l = 0; l < 3; l++) {
                if (names[l] != null && names[l].length() > 200) {
                    errors.put(at + "name." + languages[l], "editor.error.toolong.200");
                }
            }
        }
        return errors;
    }

    /** For log lines and reports: the value without line breaks, cut to a readable length. */
    public static String shown(String value) {
        String one = value.replaceAll("\\s+", " ").strip();
        return one.length() <= 120 ? one : one.substring(0, 117) + "…";
    }
}
