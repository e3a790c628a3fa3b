import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Runs one SQL query on a sitrep store, read-only, and prints the rows tab-separated: the trust
 * scripts' way to look inside a store without a DuckDB command line. Run with the single-file
 * launcher: java -cp DUCKDB_JAR scripts/StoreQuery.java STORE "SELECT ...".
 */
public final class StoreQuery {

    private StoreQuery() {
    }

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(args[1])) {
            int columns = rs.getMetaData().getColumnCount();
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                out.append('\n');
            }
            System.out.print(out);
        }
    }
}
