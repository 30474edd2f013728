using MathNet.Numerics.LinearAlgebra;

namespace Pathlight.Drivers;

/// <summary>
/// Makes a pairwise-complete correlation matrix usable for regression. Correlations estimated over different sets of
/// customers need not fit together: the matrix can have negative eigenvalues, and then some subset "R²" would fall
/// outside [0, 1]. Such a matrix is replaced by the nearest correlation matrix (Higham 2002, alternating projections
/// with Dykstra's correction), with its smallest eigenvalue lifted to <see cref="MinEigenvalue"/>.
/// </summary>
public static class CorrelationRepair
{
    /// <summary>The smallest eigenvalue a matrix may have to be used as it is.</summary>
    public const double MinEigenvalue = 1e-6;

    private const int MaxIterations = 500;
    private const double Tolerance = 1e-10;

    /// <summary>
    /// The matrix itself when its smallest eigenvalue is at least <see cref="MinEigenvalue"/>, else the nearest
    /// positive definite correlation matrix; <c>Repaired</c> says which.
    /// </summary>
    /// <param name="correlation">A symmetric matrix with a unit diagonal.</param>
    public static (double[,] Matrix, bool Repaired) Repair(double[,] correlation)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        var a = Matrix<double>.Build.DenseOfArray(correlation);
        if (SmallestEigenvalue(a) >= MinEigenvalue) return (correlation, false);

        var y = a.Clone();
        var correction = Matrix<double>.Build.Dense(a.RowCount, a.ColumnCount);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var r = y - correction;
            var x = Clip(r, 0);
            correction = x - r;
            var next = x.Clone();
            for (var i = 0; i < next.RowCount; i++) next[i, i] = 1;
            var change = (next - y).FrobeniusNorm();
            y = next;
            if (change <= Tolerance * Math.Max(1, y.FrobeniusNorm())) break;
        }

        // The projections converge to a matrix on the boundary (eigenvalue 0); lift it just inside.
        var repaired = Rescale(Clip(y, MinEigenvalue * 2));
        return (repaired.ToArray(), true);
    }

    /// <summary>The smallest eigenvalue of a symmetric matrix.</summary>
    public static double SmallestEigenvalue(double[,] matrix) => SmallestEigenvalue(Matrix<double>.Build.DenseOfArray(matrix));

    private static double SmallestEigenvalue(Matrix<double> matrix) =>
        matrix.Evd(Symmetricity.Symmetric).EigenValues.Min(v => v.Real);

    private static Matrix<double> Clip(Matrix<double> matrix, double floor)
    {
        var symmetric = (matrix + matrix.Transpose()) / 2;
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Map(v => Math.Max(v.Real, floor), Zeros.Include);
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(values) * evd.EigenVectors.Transpose();
    }

    // D^-1/2 X D^-1/2: a unit diagonal that keeps the lifted matrix positive definite, where setting the diagonal
    // to 1 (the projection inside the iteration) could undo the lift.
    private static Matrix<double> Rescale(Matrix<double> matrix)
    {
        var scale = matrix.Diagonal().Map(d => d > 0 ? 1 / Math.Sqrt(d) : 0);
        var result = Matrix<double>.Build.Dense(matrix.RowCount, matrix.ColumnCount,
            (i, j) => i == j ? 1 : matrix[i, j] * scale[i] * scale[j]);
        return result;
    }
}
