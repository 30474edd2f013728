using MathNet.Numerics.LinearAlgebra;

namespace Pathlight.Drivers;

/// <summary>
/// Relative importance of correlated drivers as parts of the model's R², from a correlation matrix whose row and
/// column 0 are the outcome and 1..p the drivers. The exact Shapley decomposition (LMG) averages each driver's R²
/// increment over all orders it can enter the model in; above <see cref="MaxExactDrivers"/> drivers Johnson's
/// relative weights approximate it. Both sum to the full model's R².
/// </summary>
public static class RelativeImportance
{
    /// <summary>The most drivers for which <see cref="Lmg"/> is used: 2^15 = 32,768 subset regressions.</summary>
    public const int MaxExactDrivers = 15;

    /// <summary>The R² of the outcome regressed on all drivers: r_y' R⁻¹ r_y.</summary>
    public static double RSquared(double[,] correlation)
    {
        var p = Columns(correlation);
        return SubsetRSquared(correlation, [.. Enumerable.Range(1, p)], new double[p * p], new double[p]);
    }

    /// <summary>
    /// The R² of the outcome regressed on every subset of the drivers, indexed by bit mask (bit k set when group k is
    /// in the subset; index 0, no drivers, is 0). Each comes from a Cholesky solve of R_SS x = r_yS.
    /// </summary>
    /// <param name="correlation">Outcome in row and column 0, the columns of the drivers after it.</param>
    /// <param name="groups">The columns (1-based) of each driver; null when every column is a driver of its own.</param>
    /// <exception cref="ArgumentException">More than <see cref="MaxExactDrivers"/> drivers, or a subset matrix that is not positive definite.</exception>
    public static double[] AllSubsetRSquared(double[,] correlation, IReadOnlyList<int[]>? groups = null)
    {
        var columns = Columns(correlation);
        groups ??= Singletons(columns);
        if (groups.Count > MaxExactDrivers)
        {
            throw new ArgumentException($"All subsets of {groups.Count} drivers are too many; the limit is {MaxExactDrivers}.", nameof(groups));
        }

        var r2 = new double[1 << groups.Count];
        var factor = new double[columns * columns];
        var work = new double[columns];
        var members = new List<int>(columns);
        for (var mask = 1; mask < r2.Length; mask++)
        {
            members.Clear();
            for (var k = 0; k < groups.Count; k++)
            {
                if ((mask & (1 << k)) != 0) members.AddRange(groups[k]);
            }

            r2[mask] = SubsetRSquared(correlation, members, factor, work);
        }

        return r2;
    }

    /// <summary>
    /// The LMG (Shapley) importance of each driver: the sum over subsets S without j of
    /// |S|! (p − |S| − 1)! / p! · (R²(S ∪ j) − R²(S)). A driver of several columns enters and leaves with all of them.
    /// </summary>
    /// <param name="correlation">Outcome in row and column 0, the columns of the drivers after it.</param>
    /// <param name="groups">The columns (1-based) of each driver; null when every column is a driver of its own.</param>
    public static double[] Lmg(double[,] correlation, IReadOnlyList<int[]>? groups = null)
    {
        var r2 = AllSubsetRSquared(correlation, groups);
        var p = groups?.Count ?? Columns(correlation);
        // |S|! (p − |S| − 1)! / p! = 1 / (p · C(p − 1, |S|)).
        var weight = new double[p];
        double choose = 1;
        for (var size = 0; size < p; size++)
        {
            weight[size] = 1 / (p * choose);
            choose = choose * (p - 1 - size) / (size + 1);
        }

        var importance = new double[p];
        for (var j = 0; j < p; j++)
        {
            var bit = 1 << j;
            double total = 0;
            for (var mask = 0; mask < r2.Length; mask++)
            {
                if ((mask & bit) != 0) continue;
                total += weight[System.Numerics.BitOperations.PopCount((uint)mask)] * (r2[mask | bit] - r2[mask]);
            }

            importance[j] = total;
        }

        return importance;
    }

    /// <summary>
    /// Johnson's (2000) relative weights: with the drivers' correlation R_xx = V Λ V', Λ_h = V Λ^½ V' relates the
    /// drivers to their closest orthogonal counterparts, β = Λ_h⁻¹ r_xy regresses the outcome on those, and driver
    /// j's weight is Σ_k Λ_h[j,k]² β_k². A driver of several columns gets the sum of their weights.
    /// </summary>
    /// <param name="correlation">Outcome in row and column 0, the columns of the drivers after it.</param>
    /// <param name="groups">The columns (1-based) of each driver; null when every column is a driver of its own.</param>
    public static double[] RelativeWeights(double[,] correlation, IReadOnlyList<int[]>? groups = null)
    {
        var p = Columns(correlation);
        var rxx = Matrix<double>.Build.Dense(p, p, (i, j) => correlation[i + 1, j + 1]);
        var rxy = Vector<double>.Build.Dense(p, i => correlation[i + 1, 0]);
        var evd = rxx.Evd(Symmetricity.Symmetric);
        var vectors = evd.EigenVectors;
        var values = evd.EigenValues.Map(v => Math.Max(v.Real, 0), Zeros.Include);
        var half = vectors * Matrix<double>.Build.DiagonalOfDiagonalVector(values.Map(Math.Sqrt)) * vectors.Transpose();
        var inverseHalf = vectors * Matrix<double>.Build.DiagonalOfDiagonalVector(values.Map(v => v > 0 ? 1 / Math.Sqrt(v) : 0))
            * vectors.Transpose();
        var beta = inverseHalf * rxy;
        var weights = new double[p];
        for (var j = 0; j < p; j++)
        {
            double total = 0;
            for (var k = 0; k < p; k++) total += half[j, k] * half[j, k] * beta[k] * beta[k];
            weights[j] = total;
        }

        return groups is null ? weights : [.. groups.Select(g => g.Sum(column => weights[column - 1]))];
    }

    private static int[][] Singletons(int columns) => [.. Enumerable.Range(1, columns).Select(c => new[] { c })];

    private static int Columns(double[,] correlation)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        var size = correlation.GetLength(0);
        if (size < 2 || correlation.GetLength(1) != size)
        {
            throw new ArgumentException("The correlation matrix must be square with the outcome and at least one driver.", nameof(correlation));
        }

        return size - 1;
    }

    // Cholesky factor of R_SS in factor (lower, row-major by position in the subset), then L z = r_yS; R² = z'z.
    private static double SubsetRSquared(double[,] correlation, List<int> members, double[] factor, double[] z)
    {
        var size = members.Count;
        double r2 = 0;
        for (var a = 0; a < size; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var sum = correlation[members[a], members[b]];
                for (var k = 0; k < b; k++) sum -= factor[(a * size) + k] * factor[(b * size) + k];
                if (a == b)
                {
                    if (sum <= 1e-12)
                    {
                        throw new ArgumentException("The drivers' correlation matrix is not positive definite.", nameof(correlation));
                    }

                    factor[(a * size) + a] = Math.Sqrt(sum);
                }
                else
                {
                    factor[(a * size) + b] = sum / factor[(b * size) + b];
                }
            }

            var rhs = correlation[members[a], 0];
            for (var k = 0; k < a; k++) rhs -= factor[(a * size) + k] * z[k];
            z[a] = rhs / factor[(a * size) + a];
            r2 += z[a] * z[a];
        }

        return r2;
    }
}
