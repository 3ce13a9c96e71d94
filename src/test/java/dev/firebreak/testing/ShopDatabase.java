package dev.firebreak.testing;

import dev.firebreak.practice.SampleShop;

/** The story's shop: 1,247 customers and three orders each (no foreign key, so the bad migration can drop both). */
public final class ShopDatabase {
    public static final int CUSTOMERS = SampleShop.CUSTOMERS;
    public static final int ORDERS = 3 * CUSTOMERS;
    public static final String BAD_MIGRATION = "DROP TABLE IF EXISTS customers; DROP TABLE IF EXISTS orders; "
            + "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text)";

    private ShopDatabase() {
    }

    /** A new database filled with the shop; returns its name. */
    public static String create() {
        String name = TestPostgres.newDatabase("shop");
        TestPostgres.superuser(name,
                "SET ROLE " + TestPostgres.USER,
                "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, email text)",
                "CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, total numeric(10,2) NOT NULL)",
                "CREATE INDEX orders_customer ON orders (customer_id)",
                "INSERT INTO customers (name, email) SELECT 'Customer ' || i, 'c' || i || '@example.com' "
                        + "FROM generate_series(1, " + CUSTOMERS + ") i",
                "INSERT INTO orders (customer_id, total) SELECT c.id, (c.id % 97) + n FROM customers c, generate_series(1, 3) n");
        return name;
    }

    public static long customers(String database) {
        return TestPostgres.count(database, "SELECT count(*) FROM customers");
    }

    public static long orders(String database) {
        return TestPostgres.count(database, "SELECT count(*) FROM orders");
    }
}
