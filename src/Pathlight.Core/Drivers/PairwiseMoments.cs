namespace Pathlight.Drivers;

/// <summary>
/// Pairwise-complete sufficient statistics of several variables, some of them missing per row: for every pair, the
/// number of rows that have both, each one's mean over those rows, and the centred sums of squares and cross products.
/// Variable 0 is conventionally the outcome.
/// <para>
/// A row updates only the pairs of variables it has, with plain sums. The sums are of each value minus a fixed shift
/// per variable (the first value it had), so they stay small and centring them does not cancel; and they gather in
/// blocks of rows before joining the totals, so their rounding does not grow with the number of rows.
/// </para>
/// </summary>
public sealed class PairwiseMoments
{
    private const int BlockRows = 4096;

    // Centred sums this far below the raw sums they came from are rounding, as of a constant that is not a binary
    // fraction (a mean score of 20/3, say), and are taken to be 0.
    private const double Rounding = 1e-12;

    private readonly double[] _shift;
    private readonly bool[] _shifted;

    // Per pair (i, j) at i·Variables + j: _n and _products above the diagonal (i ≤ j); _sums and _squares everywhere,
    // of variable i over the rows that also have j (on the diagonal, over the rows that have i).
    private readonly long[] _n;
    private readonly double[] _sums;
    private readonly double[] _squares;
    private readonly double[] _products;
    private readonly double[] _blockSums;
    private readonly double[] _blockSquares;
    private readonly double[] _blockProducts;
    private int _blockRows;

    /// <summary>Creates empty statistics over <paramref name="variables"/> variables.</summary>
    public PairwiseMoments(int variables)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variables, 1);
        Variables = variables;
        _shift = new double[variables];
        _shifted = new bool[variables];
        var pairs = variables * variables;
        _n = new long[pairs];
        _sums = new double[pairs];
        _squares = new double[pairs];
        _products = new double[pairs];
        _blockSums = new double[pairs];
        _blockSquares = new double[pairs];
        _blockProducts = new double[pairs];
    }

    /// <summary>How many variables there are.</summary>
    public int Variables { get; }

    /// <summary>How many rows were added, whatever they held.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one row; <see cref="double.NaN"/> marks a missing value.</summary>
    /// <exception cref="ArgumentException">The row does not have one value per variable.</exception>
    public void Add(ReadOnlySpan<double> row)
    {
        if (row.Length != Variables) throw new ArgumentException($"A row needs {Variables} values, not {row.Length}.", nameof(row));

        var variables = Variables <= 512 ? stackalloc int[Variables] : new int[Variables];
        var values = Variables <= 512 ? stackalloc double[Variables] : new double[Variables];
        var present = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (double.IsNaN(row[i])) continue;
            variables[present] = i;
            values[present++] = row[i];
        }

        AddPresent(variables[..present], values[..present]);
    }

    /// <summary>How many rows have both variables (for i = j, rows that have variable i).</summary>
    public long Count(int i, int j) => _n[Above(i, j)];

    /// <summary>The mean of variable <paramref name="i"/> over the rows that also have <paramref name="j"/>; NaN when none do.</summary>
    public double Mean(int i, int j)
    {
        Settle();
        var n = Count(i, j);
        return n == 0 ? double.NaN : _shift[i] + (_sums[(i * Variables) + j] / n);
    }

    /// <summary>The sample covariance (n − 1 denominator) of the pair over the rows that have both; NaN below two rows.</summary>
    public double Covariance(int i, int j)
    {
        Settle();
        var n = Count(i, j);
        return n < 2 ? double.NaN : Products(i, j, n) / (n - 1);
    }

    /// <summary>
    /// The Pearson correlation of the pair over the rows that have both (each standard deviation over those same
    /// rows, as R's <c>cor(use = "pairwise.complete.obs")</c>); NaN below two rows or when either is constant there.
    /// </summary>
    public double Correlation(int i, int j)
    {
        Settle();
        var n = Count(i, j);
        if (n < 2) return double.NaN;
        var x = Squares(i, j, n);
        var y = Squares(j, i, n);
        return x > 0 && y > 0 ? Math.Clamp(Products(i, j, n) / Math.Sqrt(x * y), -1, 1) : double.NaN;
    }

    /// <summary>Statistics of <paramref name="rows"/> complete rows from their means and centred sums (squares on the diagonal).</summary>
    internal static PairwiseMoments Centred(long rows, double[] means, double[,] centred)
    {
        var moments = new PairwiseMoments(means.Length) { Rows = rows };
        var v = moments.Variables;
        means.CopyTo(moments._shift);
        Array.Fill(moments._shifted, true);
        Array.Fill(moments._n, rows);
        for (var i = 0; i < v; i++)
        {
            for (var j = 0; j < v; j++)
            {
                moments._squares[(i * v) + j] = centred[i, i];
                moments._products[(i * v) + j] = centred[i, j];
            }
        }

        return moments;
    }

    /// <summary>The constant subtracted from every value of variable <paramref name="i"/> before summing.</summary>
    internal double Shift(int i) => _shift[i];

    /// <summary>The sum of variable <paramref name="i"/>, shifted, over the rows that also have <paramref name="j"/>.</summary>
    internal double ShiftedSum(int i, int j)
    {
        Settle();
        return _sums[(i * Variables) + j];
    }

    /// <summary>The sum of the shifted products of the pair (for i = j, of squares) over the rows that have both.</summary>
    internal double ShiftedProduct(int i, int j)
    {
        Settle();
        return i == j ? _squares[(i * Variables) + i] : _products[Above(i, j)];
    }

    /// <summary>Adds a row that has the given variables, in ascending order, and no others.</summary>
    internal void AddPresent(ReadOnlySpan<int> variables, ReadOnlySpan<double> values)
    {
        Rows++;
        var m = variables.Length;
        var shifted = m <= 256 ? stackalloc double[m] : new double[m];
        var squared = m <= 256 ? stackalloc double[m] : new double[m];
        for (var k = 0; k < m; k++)
        {
            var i = variables[k];
            if (!_shifted[i])
            {
                _shift[i] = values[k];
                _shifted[i] = true;
            }

            shifted[k] = values[k] - _shift[i];
            squared[k] = shifted[k] * shifted[k];
        }

        var v = Variables;
        for (var p = 0; p < m; p++)
        {
            var i = variables[p];
            var x = shifted[p];
            var xx = squared[p];
            var row = i * v;
            _n[row + i]++;
            _blockSums[row + i] += x;
            _blockSquares[row + i] += xx;
            for (var q = p + 1; q < m; q++)
            {
                var j = variables[q];
                var y = shifted[q];
                var ij = row + j;
                var ji = (j * v) + i;
                _n[ij]++;
                _blockSums[ij] += x;
                _blockSums[ji] += y;
                _blockSquares[ij] += xx;
                _blockSquares[ji] += squared[q];
                _blockProducts[ij] += x * y;
            }
        }

        if (++_blockRows == BlockRows) Settle();
    }

    private int Above(int i, int j) => i <= j ? (i * Variables) + j : (j * Variables) + i;

    // The centred sum of squares of i over the rows that also have j.
    private double Squares(int i, int j, long n)
    {
        var at = (i * Variables) + j;
        var squares = _squares[at];
        var centred = squares - (_sums[at] * _sums[at] / n);
        return centred > squares * Rounding ? centred : 0;
    }

    private double Products(int i, int j, long n) =>
        i == j ? Squares(i, i, n) : _products[Above(i, j)] - (_sums[(i * Variables) + j] * _sums[(j * Variables) + i] / n);

    private void Settle()
    {
        if (_blockRows == 0) return;
        for (var k = 0; k < _sums.Length; k++)
        {
            _sums[k] += _blockSums[k];
            _squares[k] += _blockSquares[k];
            _products[k] += _blockProducts[k];
        }

        Array.Clear(_blockSums);
        Array.Clear(_blockSquares);
        Array.Clear(_blockProducts);
        _blockRows = 0;
    }
}
