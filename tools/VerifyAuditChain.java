import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Verifies an exported MXDR audit chain offline, with the JDK only:
 *
 *   java tools/VerifyAuditChain.java audit.csv digests.csv public-key.pem
 *
 * audit.csv: the chain's records (GET /tenants/{t}/audit with Accept: text/csv and no filter, or the
 * export archive's audit CSV); digests.csv: GET /tenants/{t}/audit/digests; public-key.pem:
 * GET /audit/public-key. Prints "valid" and exits 0, or names the first bad record and exits 1.
 *
 * The rules, as the server applies them: a record's hash is the hex SHA-256 of the fields previous
 * hash, position, id, recorded_at, actor, tenant, action, before, after, each written as its length
 * in UTF-8 bytes, ':' and the bytes, a null as a single '-'. In the CSV every present value is
 * quoted and a null is an empty unquoted field. Positions run from 1; the first previous hash is
 * 64 zeros. A digest signs (SHA256withECDSA) the UTF-8 text "mxdr-audit-digest\n" + chain + "\n" +
 * position + "\n" + head hash + "\n" + signed_at + "\n".
 */
public class VerifyAuditChain {
    private static final String GENESIS = "0".repeat(64);

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java VerifyAuditChain.java audit.csv digests.csv public-key.pem");
            System.exit(2);
        }
        List<Map<String, String>> records = new ArrayList<>(read(Path.of(args[0])));
        records.sort(Comparator.comparingLong(r -> Long.parseLong(r.get("position"))));
        List<Map<String, String>> digests = read(Path.of(args[1]));
        String problem = verify(records, digests, publicKey(Path.of(args[2])));
        if (problem == null) {
            System.out.println("valid: " + records.size() + " records, " + digests.size() + " signed digests");
        } else {
            System.out.println("broken: " + problem);
            System.exit(1);
        }
    }

    static String verify(List<Map<String, String>> records, List<Map<String, String>> digests, PublicKey key) throws Exception {
        Map<Long, String> hashAt = new HashMap<>();
        Map<Long, String> idAt = new HashMap<>();
        String previous = GENESIS;
        String previousOfLast = null;
        String lastId = null;
        long expected = 1;
        for (Map<String, String> r : records) {
            long position = Long.parseLong(r.get("position"));
            String id = r.get("id");
            String chain = r.get("tenant") == null ? "provider" : r.get("tenant");
            if (!chain.equals(r.get("chain"))) {
                return "record " + id + ": moved: its tenant does not belong to the chain " + r.get("chain");
            }
            if (position > expected) {
                return "record " + id + ": a record before it is missing: position " + expected + " was deleted";
            }
            if (!previous.equals(r.get("prev_hash"))) {
                if (r.get("prev_hash").equals(previousOfLast)) {
                    return "record " + lastId + ": inserted: the record after it names the same predecessor";
                }
                return "record " + id + ": out of order: it does not follow the record before it";
            }
            String hash = hash(r.get("prev_hash"), r.get("position"), id, r.get("recorded_at"), r.get("actor"), r.get("tenant"),
                    r.get("action"), r.get("before"), r.get("after"));
            if (!hash.equals(r.get("hash"))) {
                return "record " + id + ": altered: its content no longer gives its hash";
            }
            hashAt.put(position, hash);
            idAt.put(position, id);
            previousOfLast = r.get("prev_hash");
            previous = hash;
            lastId = id;
            expected = position + 1;
        }
        for (Map<String, String> d : digests) {
            long position = Long.parseLong(d.get("position"));
            Signature s = Signature.getInstance(d.get("algorithm"));
            s.initVerify(key);
            s.update(("mxdr-audit-digest\n" + d.get("chain") + "\n" + position + "\n" + d.get("head_hash") + "\n" + d.get("signed_at") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (!s.verify(Base64.getDecoder().decode(d.get("signature")))) {
                return "the digest signed at " + d.get("signed_at") + " for position " + position + " has an invalid signature";
            }
            if (!d.get("head_hash").equals(hashAt.get(position))) {
                return "record " + idAt.getOrDefault(position, "(none at position " + position + ")") + ": rewritten: the digest signed at "
                        + d.get("signed_at") + " for position " + position + " no longer matches the chain";
            }
        }
        return null;
    }

    static String hash(String... fields) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String field : fields) {
            if (field == null) {
                sha.update((byte) '-');
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** RFC 4180 CSV with a header row; an empty unquoted field is null, a quoted empty one is "". */
    static List<Map<String, String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                row.add(wasQuoted || field.length() > 0 ? field.toString() : null);
                field.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (wasQuoted || field.length() > 0 || !row.isEmpty()) {
            row.add(wasQuoted || field.length() > 0 ? field.toString() : null);
            rows.add(row);
        }
        List<Map<String, String>> result = new ArrayList<>();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0);
        for (List<String> r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                named.put(header.get(i), r.get(i));
            }
            result.add(named);
        }
        return result;
    }
}
