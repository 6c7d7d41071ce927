package org.mxdr.notify.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.mxdr.notify.entity.OutboxAttachment;
import org.mxdr.platform.Meters;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;
import org.mxdr.platform.health.Vitals;

/**
 * Delivers due outbox mail through the server's mail session: every few seconds
 * (mxdr.outbox.interval.seconds, default 5) and right after a change queued some. One pass at
 * a time per node; claims keep nodes apart. A failure is recorded on the row and retried later.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "java:jboss/mail/mxdr")
    Session mail;

    @Resource
    TimerService timers;

    @Inject
    MailDelivery delivery;

    @Inject
    Meters meters;

    @Inject
    Vitals vitals;

    @Inject
    Clock clock;

    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Settings.get("outbox.interval.seconds").map(Long::parseLong).orElse(5L) * 1000;
        // not persistent: every node runs its own ticks, and the claims decide who sends what
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    @Timeout
    void tick() {
        meters.job("outbox", this::deliverDue);
        observeBacklog();
    }

    /** The backlog for the meters and the readiness check, counted once a tick. */
    private void observeBacklog() {
        try {
            MailDelivery.Backlog backlog = delivery.backlog();
            vitals.outbox(backlog.count(), backlog.oldest() == null ? 0 : Duration.between(backlog.oldest(), Instant.now(clock)).getSeconds());
        } catch (RuntimeException e) {
            // the database is away: the readiness check's database entry says so; the next tick counts again
            LOG.fine(() -> "Outbox backlog not counted this time: " + e);
        }
    }

    /** Called after a change that queued mail committed, so the mail need not wait for the next tick. */
    @Asynchronous
    public void soon() {
        deliverDue();
    }

    /** Sends what is due; a pass already running on this node picks up the rest. */
    public void deliverDue() {
        again.set(true);
        while (again.get() && busy.compareAndSet(false, true)) {
            try {
                again.set(false);
                for (String id : delivery.due(BATCH)) {
                    delivery.claim(id).ifPresent(this::send);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox pass failed; the next tick retries", e);
            } finally {
                busy.set(false);
            }
        }
    }

    private void send(MailDelivery.Letter letter) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
            message.setSubject(letter.subject(), "UTF-8");
            if (letter.attachments().isEmpty()) {
                message.setText(letter.body(), "UTF-8");
            } else {
                message.setContent(withAttachments(letter));
            }
            message.setSentDate(new Date());
            message.setHeader("X-MXDR-Outbox-Id", letter.id());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            // one line per attempt, naming the cause (a timeout shows a stalled server)
            String reason = oneLine(e);
            LOG.warning(() -> "Mail " + letter.id() + " not sent, will retry: " + reason);
            delivery.failed(letter.id(), reason);
            return;
        }
        delivery.sent(letter.id());
    }

    private static MimeMultipart withAttachments(MailDelivery.Letter letter) throws MessagingException {
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.body(), "UTF-8");
        parts.addBodyPart(text);
        for (OutboxAttachment.File file : letter.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(Part.ATTACHMENT);
            parts.addBodyPart(part);
        }
        return parts;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
        return (e.getClass().getSimpleName() + ": " + what).replaceAll("\\s+", " ");
    }
}
