package org.mxdr.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port the build gives the managed server
 * as MXDR_SMTP_PORT (3025 + mxdr.port.offset). One server answers for the whole run
 * ({@link RunWideMailServer} starts it before the first class), so no test's mail piles up in the
 * outbox and delays the next test's; a test that needs it away says so ({@link #away()},
 * {@link WithoutMailServer}). Other tests' mail arrives too, so every question is asked about one
 * recipient.
 */
public final class Mailbox {
    public static final int PORT = Integer.getInteger("mxdr.smtp.port", 3025);
    private static final Pattern RESET_LINK = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=([A-Za-z0-9_-]+))");
    private static final Pattern WELCOME_LINK = Pattern.compile("(https?://\\S+/welcome\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    private static GreenMail server;

    private Mailbox() {
    }

    /** The run's mail server, started if it is not running (a class run alone, or after {@link #away()}). */
    public static synchronized Mailbox ofTheRun() {
        // the port may still be held for a moment by what stood in for the server (MailServerStallIT): tries again
        for (int attempt = 1; server == null; attempt++) {
            ServerSetup smtp = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            smtp.setServerStartupTimeout(10_000);
            GreenMail starting = new GreenMail(smtp);
            try {
                starting.start();
                server = starting;
            } catch (IllegalStateException e) {
                starting.stop();
                if (attempt == 5) {
                    throw e;
                }
                sleep(1000);
            }
        }
        return new Mailbox();
    }

    /** Stops the run's mail server until the answer is closed; then it answers again (with what it had received forgotten). */
    public static synchronized Away away() {
        stop();
        return Mailbox::ofTheRun;
    }

    /** The mail server's absence, ended by closing it. */
    public interface Away extends AutoCloseable {
        @Override
        void close();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Mail received so far for the address. */
    public List<MimeMessage> to(String address) {
        GreenMail answering;
        synchronized (Mailbox.class) {
            answering = server;
        }
        if (answering == null) {
            return List.of();
        }
        return Arrays.stream(answering.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits until at least {@code count} mails reached the address, and returns them all. */
    public List<MimeMessage> await(String address, int count, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            List<MimeMessage> got = to(address);
            if (got.size() >= count) {
                return got;
            }
            sleep(200);
        }
        throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + within + ", got " + to(address).size());
    }

    /** Waits until a mail whose subject starts so reached the address, and returns the first such mail. */
    public MimeMessage awaitSubject(String address, String start, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            List<MimeMessage> got = to(address);
            for (MimeMessage m : got) {
                if (subject(m).startsWith(start)) {
                    return m;
                }
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no mail '" + start + "...' to " + address + " within " + within + ": "
                        + got.stream().map(Mailbox::subject).collect(Collectors.joining(" | ")));
            }
            sleep(200);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password-reset link in a mail: [0] the whole URL, [1] the token. */
    public static String[] resetLink(MimeMessage mail) {
        Matcher m = RESET_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        if (!m.find()) {
            throw new AssertionError("no reset link in: " + GreenMailUtil.getBody(mail));
        }
        return new String[] {m.group(1), m.group(2)};
    }

    /** The welcome link in a mail: [0] the whole URL, [1] the token. */
    public static String[] welcomeLink(MimeMessage mail) {
        Matcher m = WELCOME_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        if (!m.find()) {
            throw new AssertionError("no welcome link in: " + GreenMailUtil.getBody(mail));
        }
        return new String[] {m.group(1), m.group(2)};
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage m, String address) {
        try {
            return m.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
