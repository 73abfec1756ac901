-- MySQL 8.0 (InnoDB) examples against the Django tables in shop/models.py.

-- 1. Reserve stock safely -------------------------------------------------
-- Applies to the next transaction only. REPEATABLE READ is InnoDB's default;
-- plain SELECTs read a consistent snapshot, locking reads see the latest row.
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;
START TRANSACTION;

-- Exclusive row lock: other FOR UPDATE / FOR SHARE readers and writers of
-- book 42 block until COMMIT or ROLLBACK.
SELECT id, stock FROM shop_book WHERE id = 42 FOR UPDATE;
-- The application checks the returned stock, then writes (or rolls back).

UPDATE shop_book SET stock = stock - 1 WHERE id = 42 AND stock >= 1;
INSERT INTO shop_order (book_id, quantity, status, created_at)
VALUES (42, 1, 'pending', NOW(6));
COMMIT;

-- 2. Shared locks ------------------------------------------------------------
START TRANSACTION;
-- Shared lock: others may also read-lock these rows, but nobody may change
-- them (e.g. delete the author's books) until we commit.
-- FOR SHARE is the MySQL 8.0 spelling and supports NOWAIT / SKIP LOCKED.
SELECT id, title FROM shop_book WHERE author_id = 7 FOR SHARE;
-- Same lock, pre-8.0 spelling; still accepted for backward compatibility.
SELECT id, title FROM shop_book WHERE author_id = 7 LOCK IN SHARE MODE;
COMMIT;

-- 3. Query plans -------------------------------------------------------------
-- Check "key" (index chosen), "rows" (estimate) and "Extra" (Using filesort...).
EXPLAIN
SELECT b.title, a.name
FROM shop_book AS b
JOIN shop_author AS a ON a.id = b.author_id
WHERE b.author_id = 7
ORDER BY b.title;

-- When the optimizer picks a poor plan, FORCE INDEX makes a table scan the
-- last resort. Prefer fixing statistics (ANALYZE TABLE) before reaching for it.
SELECT id, title
FROM shop_book FORCE INDEX (book_author_title_idx)
WHERE author_id = 7
ORDER BY title
LIMIT 20;

-- 4. Slow query log ----------------------------------------------------------
-- SET GLOBAL is lost on restart; SET PERSIST (8.0) also writes mysqld-auto.cnf.
SET GLOBAL slow_query_log = 'ON';
-- Seconds, fractions allowed. New connections pick up the global value.
SET GLOBAL long_query_time = 0.5;
SHOW VARIABLES LIKE 'slow_query_log%';
