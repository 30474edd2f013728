using Pathlight.Drivers;

namespace Pathlight.Storage.DuckDb;

/// <summary>
/// Turns the rows of the key-driver query (customer, driver, value), sorted by customer and then driver, into a
/// <see cref="DriverSample"/>: each touchpoint's answers averaged into the customer's score there, the outcome row
/// (driver <see cref="DriversStoreExtensions.OutcomeRow"/>) taken as their outcome.
/// </summary>
internal sealed class DriverRows(int drivers, double missingOutcome)
{
    private readonly DriverSample _sample = new(drivers);
    private readonly double _missingOutcome = missingOutcome;
    private readonly int[] _rated = new int[drivers];
    private readonly double[] _scores = new double[drivers];
    private long _customer = long.MinValue;
    private bool _scored;
    private double _outcome = missingOutcome;
    private int _count;
    private int _driver = -1;
    private double _sum;
    private int _answers;

    public void Add(long customer, int driver, double value)
    {
        if (customer != _customer)
        {
            Flush();
            _customer = customer;
        }

        if (driver == DriversStoreExtensions.OutcomeRow)
        {
            _outcome = value;
            return;
        }

        _scored = true;
        if (driver < 0) return;
        if (driver != _driver)
        {
            Score();
            _driver = driver;
        }

        _sum += value;
        _answers++;
    }

    public DriverSample Finish()
    {
        Flush();
        return _sample;
    }

    private void Score()
    {
        if (_answers == 0) return;
        _rated[_count] = _driver;
        _scores[_count++] = _sum / _answers;
        _sum = 0;
        _answers = 0;
    }

    // Only customers with a touchpoint score join the sample; an outcome alone says nothing about drivers.
    private void Flush()
    {
        Score();
        if (_scored) _sample.Add(_outcome, _rated.AsSpan(0, _count), _scores.AsSpan(0, _count));
        _scored = false;
        _outcome = _missingOutcome;
        _count = 0;
        _driver = -1;
    }
}
