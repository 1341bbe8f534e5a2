package dev.followthrough.eval;

/** One-to-one assignment of rows to columns maximising the total weight (Hungarian method, O(n^3)). */
final class Assignment {

    private Assignment() {
    }

    /**
     * @param w weights, {@code w[row][col] > 0} for an allowed pair, 0 for a forbidden one
     * @return for each row its column, or {@code null} when the row is left unmatched
     */
    static Integer[] maximise(double[][] w) {
        int rows = w.length;
        int cols = rows == 0 ? 0 : w[0].length;
        Integer[] out = new Integer[rows];
        if (rows == 0 || cols == 0) {
            return out;
        }
        int n = Math.max(rows, cols);
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                cost[i][j] = i <= rows && j <= cols ? -w[i - 1][j - 1] : 0;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            boolean[] used = new boolean[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = p[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && j <= cols && w[i - 1][j - 1] > 0) {
                out[i - 1] = j - 1;
            }
        }
        return out;
    }
}
