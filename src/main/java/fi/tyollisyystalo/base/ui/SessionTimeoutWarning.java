package fi.tyollisyystalo.base.ui;

import java.time.Duration;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * Warns a signed-in user two minutes before the idle timeout and lets them continue. The timer runs
 * in the browser and restarts on every click or key press; "continue" makes a round trip that
 * keeps the server session alive. When time runs out the browser goes to {@code /session-expired},
 * which ends the session and says why.
 */
class SessionTimeoutWarning extends Div {

    private static final String SCRIPT = """
            const host = this, idle = $0, warnBefore = $1;
            if (window.__ttSession) { window.__ttSession.stop(); }
            let warnTimer, endTimer, dialog;
            const build = () => {
              const d = document.createElement('dialog');
              d.className = 'tt-session-dialog';
              d.setAttribute('aria-labelledby', 'tt-session-title');
              d.setAttribute('aria-describedby', 'tt-session-text');
              const h = document.createElement('h2'); h.id = 'tt-session-title'; h.textContent = $2;
              const p = document.createElement('p'); p.id = 'tt-session-text'; p.textContent = $3;
              const b = document.createElement('button'); b.type = 'button'; b.id = 'tt-session-continue';
              b.className = 'tt-button tt-button--primary'; b.textContent = $4;
              const cont = () => { if (d.open) { d.close(); } host.$server.keepAlive(); reset(); };
              b.addEventListener('click', cont);
              d.addEventListener('cancel', e => { e.preventDefault(); cont(); });
              d.append(h, p, b);
              document.body.appendChild(d);
              return d;
            };
            const warn = () => { dialog = dialog || build(); if (!dialog.open) { dialog.showModal(); } dialog.querySelector('button').focus(); };
            const expire = () => { window.location.href = '/session-expired'; };
            const reset = () => {
              if (dialog && dialog.open) { return; }
              clearTimeout(warnTimer); clearTimeout(endTimer);
              warnTimer = setTimeout(warn, Math.max(0, idle - warnBefore));
              endTimer = setTimeout(expire, Math.max(0, idle - 5000));
            };
            const events = ['click', 'keydown'];
            events.forEach(t => document.addEventListener(t, reset, {passive: true}));
            window.__ttSession = {
              warnNow: warn,
              isWarning: () => !!(dialog && dialog.open),
              stop: () => { clearTimeout(warnTimer); clearTimeout(endTimer); events.forEach(t => document.removeEventListener(t, reset)); }
            };
            reset();
            """;

    private int keepAlives;

    SessionTimeoutWarning(Duration idleTimeout) {
        addClassName("tt-session-timer");
        getElement().setAttribute("aria-hidden", "true");
        addAttachListener(e -> getElement().executeJs(SCRIPT, idleTimeout.toMillis(), Duration.ofMinutes(2).toMillis(),
                getTranslation("session.warning.title"), getTranslation("session.warning.text"),
                getTranslation("session.warning.continue")));
    }

    /** The round trip itself keeps the session alive; counting makes it observable in tests. */
    @ClientCallable
    void keepAlive() {
        keepAlives++;
        getElement().setAttribute("data-keepalives", String.valueOf(keepAlives));
    }
}
