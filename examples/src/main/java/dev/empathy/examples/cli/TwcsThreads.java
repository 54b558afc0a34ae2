package dev.empathy.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.empathy.conversation.Conversation;
import dev.empathy.conversation.Role;
import dev.empathy.conversation.Turn;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rebuilds threads from a file in the layout of the "Customer Support on Twitter" corpus: a CSV with a header
 * naming {@code tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id}
 * (in any order; other columns ignored), quoted fields that may span lines, UTF-8.
 *
 * <p>Tweets linked by {@code in_response_to_tweet_id} or {@code response_tweet_id} (comma-separated) form one
 * thread, whatever the branching; its turns are its tweets in time order ({@code created_at}, then tweet id), an
 * inbound tweet is a customer turn and any other an agent turn, and {@code &amp;amp;}, {@code &amp;lt;},
 * {@code &amp;gt;} are decoded. A thread's id is its earliest tweet's id; threads come in the order their first
 * tweet appears in the file. <b>Broken links</b> are a documented result, never an error: a tweet that replies to
 * a tweet not in the file starts its thread there (which may then start with an agent turn), and response ids
 * naming tweets not in the file are ignored; both are counted in {@link Result}. A missing column, a duplicate
 * tweet id, an {@code inbound} other than True/False, an unreadable {@code created_at} or malformed CSV stop the
 * read with {@code FILE:line N: problem}, never quoting tweet text. Not thread-safe.
 */
final class TwcsThreads {

    static final List<String> COLUMNS = List.of("tweet_id", "author_id", "inbound", "created_at", "text",
            "response_tweet_id", "in_response_to_tweet_id");
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    /** One rebuilt thread. */
    record Thread(String id, Conversation conversation) {
    }

    /** The threads, and how many tweets and broken links the file had. */
    record Result(List<Thread> threads, int tweets, int missingParents, int missingResponses) {

        /** One line for standard error, without any tweet text. */
        String summary() {
            return "twcs: " + tweets + " tweets, " + threads.size() + " threads; " + missingParents
                    + " replies to tweets not in the file (their thread starts there), " + missingResponses
                    + " response ids naming tweets not in the file (ignored)";
        }
    }

    private record Tweet(int order, String id, boolean inbound, Instant time, String text, String parent, List<String> responses) {
    }

    private TwcsThreads() {
    }

    static Result read(Path file) {
        List<Tweet> tweets = new ArrayList<>();
        Map<String, Tweet> byId = new HashMap<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(reader)) {
            long line = 2;
            while (true) {
                JsonLocation start = rows.getCurrentLocation();
                line = start == null ? line : Math.max(line, start.getLineNr());
                if (!rows.hasNextValue()) {
                    break;
                }
                Map<String, String> row = rows.nextValue();
                if (tweets.isEmpty()) {
                    CsvSchema header = ((CsvParser) rows.getParser()).getSchema();
                    for (String column : COLUMNS) {
                        if (header.column(column) == null) {
                            throw new BadInputException(file + ": missing column '" + column + "', expected a header with "
                                    + String.join(", ", COLUMNS));
                        }
                    }
                }
                Tweet tweet = tweet(row, tweets.size(), file + ":" + line);
                if (byId.putIfAbsent(tweet.id(), tweet) != null) {
                    throw new BadInputException(file + ":" + line + ": duplicate tweet_id " + tweet.id());
                }
                tweets.add(tweet);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw new BadInputException(file + ": not readable as UTF-8 CSV: " + firstLine(e.getMessage()), e);
        }
        return threads(tweets, byId);
    }

    private static Tweet tweet(Map<String, String> fields, int order, String where) {
        Map<String, String> row = new HashMap<>();
        for (String column : COLUMNS) {
            row.put(column, fields.getOrDefault(column, ""));  // a short row leaves its last fields empty
        }
        String id = id(row.get("tweet_id"));
        if (id.isEmpty()) {
            throw new BadInputException(where + ": empty tweet_id");
        }
        String inbound = row.get("inbound").strip();
        if (!inbound.equalsIgnoreCase("true") && !inbound.equalsIgnoreCase("false")) {
            throw new BadInputException(where + ": inbound must be True or False, got '" + abbreviate(inbound) + "'");
        }
        Instant time;
        try {
            time = ZonedDateTime.parse(row.get("created_at").strip(), CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInputException(where + ": created_at '" + abbreviate(row.get("created_at"))
                    + "' is not like 'Tue Oct 10 15:16:08 +0000 2017'", e);
        }
        List<String> responses = new ArrayList<>();
        for (String response : row.get("response_tweet_id").split(",")) {
            if (!id(response).isEmpty()) {
                responses.add(id(response));
            }
        }
        String text = row.get("text").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new Tweet(order, id, inbound.equalsIgnoreCase("true"), time, text, id(row.get("in_response_to_tweet_id")), responses);
    }

    private static Result threads(List<Tweet> tweets, Map<String, Tweet> byId) {
        int[] root = new int[tweets.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        int missingParents = 0;
        int missingResponses = 0;
        for (Tweet tweet : tweets) {
            if (!tweet.parent().isEmpty()) {
                Tweet parent = byId.get(tweet.parent());
                if (parent == null) {
                    missingParents++;
                } else {
                    union(root, tweet.order(), parent.order());
                }
            }
            for (String response : tweet.responses()) {
                Tweet child = byId.get(response);
                if (child == null) {
                    missingResponses++;
                } else {
                    union(root, tweet.order(), child.order());
                }
            }
        }
        Map<Integer, List<Tweet>> groups = new LinkedHashMap<>();
        for (Tweet tweet : tweets) {
            groups.computeIfAbsent(find(root, tweet.order()), key -> new ArrayList<>()).add(tweet);
        }
        List<Thread> threads = new ArrayList<>(groups.size());
        Comparator<Tweet> inTime = Comparator.comparing(Tweet::time).thenComparing(Tweet::id, TwcsThreads::compareIds);
        for (List<Tweet> group : groups.values()) {
            group.sort(inTime);
            List<Turn> turns = group.stream().map(t -> new Turn(t.inbound() ? Role.CUSTOMER : Role.AGENT, t.text(), t.time())).toList();
            threads.add(new Thread(group.get(0).id(), Conversation.of(turns)));
        }
        return new Result(threads, tweets.size(), missingParents, missingResponses);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A tweet id without white space or a float suffix ("119236.0", as some exports write it). */
    private static String id(String value) {
        String id = value == null ? "" : value.strip();
        return id.endsWith(".0") ? id.substring(0, id.length() - 2) : id;
    }

    private static int compareIds(String a, String b) {
        return a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String abbreviate(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
