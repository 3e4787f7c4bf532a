package builtins

import (
	"math"

	"goerl/term"
)

// mathFn1 makes a one-argument math function: badarg for a non-number,
// badarith when the result is not a finite float (outside the domain).
func mathFn1(name, help string, f func(float64) float64) Entry {
	return mathBIF(name, 1, help, func(_ *Call, a []term.Term) term.Term {
		x, ok := term.ToFloat(a[0])
		if !ok {
			badarg()
		}
		return finite(f(x))
	})
}

// mathFn2 is math:name/2 for a float function of two numbers.
func mathFn2(name, help string, f func(float64, float64) float64) Entry {
	return mathBIF(name, 2, help, func(_ *Call, a []term.Term) term.Term {
		x, ok1 := term.ToFloat(a[0])
		y, ok2 := term.ToFloat(a[1])
		if !ok1 || !ok2 {
			badarg()
		}
		return finite(f(x, y))
	})
}

// finite returns r unless it is an infinity or NaN, which math's
// functions raise as badarith in erl (floats there are always finite).
func finite(r float64) term.Term {
	if !checkFloat(r) {
		fail(atomBadarith)
	}
	return r
}

// mathBIFs are stdlib's math module over Go's math package.
func mathBIFs() []Entry {
	return []Entry{
		mathBIF("pi", 0, "the ratio of a circle's circumference to its diameter", func(*Call, []term.Term) term.Term { return math.Pi }),
		mathFn1("sqrt", "square root", func(x float64) float64 {
			// Go's Sqrt of a negative is NaN already; spelt out because erl's
			// badarith for sqrt(-1) is the behaviour that matters.
			if x < 0 {
				return math.NaN()
			}
			return math.Sqrt(x)
		}),
		mathFn1("sin", "sine", math.Sin),
		mathFn1("cos", "cosine", math.Cos),
		mathFn1("tan", "tangent", math.Tan),
		mathFn1("asin", "arc sine", math.Asin),
		mathFn1("acos", "arc cosine", math.Acos),
		mathFn1("atan", "arc tangent", math.Atan),
		mathFn1("exp", "e to the power X", math.Exp),
		mathFn1("log", "natural logarithm", positiveLog(math.Log)),
		mathFn1("log2", "base-2 logarithm", positiveLog(math.Log2)),
		mathFn1("log10", "base-10 logarithm", positiveLog(math.Log10)),
		// math:floor and ceil return floats, unlike erlang:floor/ceil which
		// return integers.
		mathFn1("floor", "the largest integral float not above X", math.Floor),
		mathFn1("ceil", "the smallest integral float not below X", math.Ceil),
		// pow always gives a float (pow(2, 3) is 8.0); an overflow to
		// infinity or a NaN such as pow(-8, 1/3) is badarith through finite.
		mathFn2("pow", "X to the power Y, as a float", math.Pow),
		mathFn2("atan2", "the arc tangent of Y/X", math.Atan2),
		mathFn2("fmod", "the float remainder of X / Y", math.Mod),
	}
}

// positiveLog rejects 0 (erl raises badarith for log(0), not -inf).
func positiveLog(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if x <= 0 {
			return math.NaN()
		}
		return f(x)
	}
}
