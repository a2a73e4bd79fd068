package fi.tyollisyystalo.messaging.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A message's text as a paragraph. In the team's messages a link to a page of this portal written as
 * {@code [words](/path)} (e.g. the times offered to the client, {@code [Choose a time](/appointments/offer/12)})
 * becomes a link; only a path of this site (one leading slash, letters, digits, {@code - _ /}) qualifies, so
 * no other address or scheme can be made a link. Everything else stays plain text.
 */
final class MessageBody {

    private static final Pattern OWN_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,100})\\]\\((/[A-Za-z0-9_-][A-Za-z0-9/_-]{0,199})\\)");

    private MessageBody() {
    }

    static Paragraph of(String body, boolean links) {
        Paragraph p = new Paragraph();
        if (!links) {
            p.setText(body);
            return p;
        }
        Matcher m = OWN_LINK.matcher(body);
        int at = 0;
        while (m.find()) {
            if (m.group(2).contains("//")) {
                continue;
            }
            if (m.start() > at) {
                p.add(new Text(body.substring(at, m.start())));
            }
            p.add(new Anchor(m.group(2), m.group(1)));
            at = m.end();
        }
        if (at < body.length()) {
            p.add(new Text(body.substring(at)));
        }
        return p;
    }
}
