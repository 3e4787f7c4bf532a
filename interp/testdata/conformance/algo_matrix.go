package algo_matrix

import "fmt"

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func Main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0, 1}, {1, 0}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.Mul(Identity(2)))
	p := a
	for i := 0; i < 3; i++ {
		p = p.Mul(a)
	}
	fmt.Println(p)
}
