package algo_quicksort

import "fmt"

func quicksort(xs []int) {
	if len(xs) < 2 {
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	quicksort(xs[:j+1])
	quicksort(xs[i:])
}

func mergeSort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	l, r := mergeSort(xs[:len(xs)/2]), mergeSort(xs[len(xs)/2:])
	out := make([]int, 0, len(xs))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func Main() {
	xs := []int{9, -2, 7, 4, 4, 0, 13, 1, 8}
	ys := mergeSort(append([]int(nil), xs...))
	quicksort(xs)
	fmt.Println(xs)
	fmt.Println(ys)
}
