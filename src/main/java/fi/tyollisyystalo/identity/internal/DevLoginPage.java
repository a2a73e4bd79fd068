package fi.tyollisyystalo.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import fi.tyollisyystalo.identity.internal.DemoPeople.DemoResident;
import fi.tyollisyystalo.identity.internal.DemoPeople.DemoStaff;

/**
 * Writes the dev identity provider's login page: one button per demo person, each posting the
 * username and the claims the real IdP would send, under the claim names the application is
 * configured to read (so a changed claim name is exercised end to end).
 */
final class DevLoginPage {

    private DevLoginPage() {
    }

    static String write(String hetuClaim, String rolesClaim) {
        String residents = DemoPeople.RESIDENTS.stream().map(r -> form(r.subject(),
                residentClaims(r, hetuClaim), r.givenName() + " " + r.familyName(), r.description()))
                .collect(Collectors.joining("\n"));
        String staff = DemoPeople.STAFF.stream().map(s -> form(s.username(), staffClaims(s, rolesClaim),
                s.givenName() + " " + s.familyName(), s.description() + " (" + s.role() + ")"))
                .collect(Collectors.joining("\n"));
        try (InputStream template = DevLoginPage.class.getResourceAsStream("/dev-idp/login.html")) {
            if (template == null) {
                throw new IllegalStateException("dev-idp/login.html is missing");
            }
            String html = new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{RESIDENTS}}", residents)
                    .replace("{{STAFF}}", staff);
            Path file = Files.createTempFile("tyollisyystalo-dev-login", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, html, StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the dev login page", e);
        }
    }

    private static String form(String username, String claims, String name, String description) {
        return """
                <li><form method="post">
                  <input type="hidden" name="username" value="%s">
                  <input type="hidden" name="claims" value="%s">
                  <button type="submit" data-username="%s"><strong>%s</strong><span>%s</span></button>
                </form></li>""".formatted(esc(username), esc(claims), esc(username), esc(name), esc(description));
    }

    static String residentClaims(DemoResident r, String hetuClaim) {
        return "{\"%s\":\"%s\",\"given_name\":\"%s\",\"family_name\":\"%s\",\"name\":\"%s %s\",\"locale\":\"%s\","
                .formatted(hetuClaim, r.hetu(), r.givenName(), r.familyName(), r.givenName(), r.familyName(),
                        r.language())
                + "\"acr\":\"http://ftn.ficora.fi/2017/loa3\"}";
    }

    static String staffClaims(DemoStaff s, String rolesClaim) {
        return ("{\"%s\":[\"%s\"],\"given_name\":\"%s\",\"family_name\":\"%s\",\"name\":\"%s %s\","
                + "\"email\":\"%s@example.fi\",\"team\":\"%s\"}").formatted(rolesClaim, s.role(), s.givenName(),
                        s.familyName(), s.givenName(), s.familyName(), s.username(), s.team());
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }
}
