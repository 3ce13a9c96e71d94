package dev.firebreak.practice;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The shop of the story: 1,247 customers with names, e-mails, phones and addresses, and their orders. The same seed
 * always gives the same rows, so a drill, a test and a bug report all see one shop. Orders have no foreign key to
 * customers, as in the story, so the bad migration can drop both tables.
 */
public final class SampleShop {
    public static final int CUSTOMERS = 1_247;
    public static final long SEED = 20_240_306L;

    private static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo",
            "Ines", "Jonas", "Keiko", "Liam", "Maya", "Nils", "Olivia", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Umar",
            "Vera", "Wen", "Ximena", "Yusuf", "Zoe");
    private static final List<String> LAST = List.of("Andersen", "Baker", "Costa", "Dubois", "Eriksson", "Fischer",
            "Garcia", "Hughes", "Ivanova", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov",
            "Quintero", "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang");
    private static final List<String> STREETS = List.of("Harbour Road", "Mill Lane", "Station Street", "Linden Avenue",
            "Church Walk", "Orchard Close", "Market Square", "River View", "Kings Way", "Baker Street");
    private static final List<String> CITIES = List.of("Leeds", "Lyon", "Porto", "Graz", "Aarhus", "Ghent", "Turin",
            "Utrecht", "Bergen", "Cork");
    private static final List<String> STATUSES = List.of("paid", "shipped", "delivered", "delivered", "refunded");
    private static final Instant OPENED = Instant.parse("2023-01-09T09:00:00Z");

    private SampleShop() {
    }

    /** Creates the tables and fills them in {@code connection}'s database, in one transaction. */
    public static void create(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE, "
                    + "phone text, street text, postal_code text, city text, created_at timestamptz NOT NULL)");
            ddl.execute("CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, placed_at timestamptz NOT NULL, "
                    + "total numeric(10,2) NOT NULL, status text NOT NULL)");
            ddl.execute("CREATE INDEX orders_customer ON orders (customer_id)");
            insert(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** How many orders {@link #create} writes (fixed by the seed). */
    public static int orders() {
        return customers().stream().mapToInt(customer -> customer.orders().size()).sum();
    }

    private static void insert(Connection connection) throws SQLException {
        try (PreparedStatement customers = connection.prepareStatement("INSERT INTO customers "
                + "(id, name, email, phone, street, postal_code, city, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement orders = connection.prepareStatement(
                     "INSERT INTO orders (customer_id, placed_at, total, status) VALUES (?, ?, ?, ?)")) {
            for (Customer customer : customers()) {
                customers.setInt(1, customer.id());
                customers.setString(2, customer.name());
                customers.setString(3, customer.email());
                customers.setString(4, customer.phone());
                customers.setString(5, customer.street());
                customers.setString(6, customer.postalCode());
                customers.setString(7, customer.city());
                customers.setTimestamp(8, Timestamp.from(customer.createdAt()));
                customers.addBatch();
                for (Order order : customer.orders()) {
                    orders.setInt(1, customer.id());
                    orders.setTimestamp(2, Timestamp.from(order.placedAt()));
                    orders.setBigDecimal(3, order.total());
                    orders.setString(4, order.status());
                    orders.addBatch();
                }
            }
            customers.executeBatch();
            orders.executeBatch();
        }
        try (Statement sequence = connection.createStatement()) {
            sequence.execute("SELECT setval(pg_get_serial_sequence('customers', 'id'), " + CUSTOMERS + ")");
        }
    }

    private static List<Customer> customers() {
        Random random = new Random(SEED);
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int id = 1; id <= CUSTOMERS; id++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String email = (first + "." + last + "." + id + "@example.com").toLowerCase(Locale.ROOT);
            String phone = String.format("+44 20 7946 %04d", random.nextInt(10_000));
            String street = (1 + random.nextInt(180)) + " " + STREETS.get(random.nextInt(STREETS.size()));
            String postalCode = String.format("%05d", random.nextInt(100_000));
            String city = CITIES.get(random.nextInt(CITIES.size()));
            Instant createdAt = OPENED.plus(random.nextInt(700), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
            List<Order> orders = new ArrayList<>();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                orders.add(new Order(createdAt.plus(1 + random.nextInt(400), ChronoUnit.DAYS),
                        BigDecimal.valueOf(500 + random.nextInt(25_000), 2), STATUSES.get(random.nextInt(STATUSES.size()))));
            }
            customers.add(new Customer(id, first + " " + last, email, phone, street, postalCode, city, createdAt, orders));
        }
        return customers;
    }

    private record Customer(int id, String name, String email, String phone, String street, String postalCode, String city,
                            Instant createdAt, List<Order> orders) {
    }

    private record Order(Instant placedAt, BigDecimal total, String status) {
    }
}
