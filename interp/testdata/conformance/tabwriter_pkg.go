package tabwriter_pkg

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

func Main() {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t10\t0.50")
	fmt.Fprintln(w, "watermelon\t2\t3.25")
	w.Flush()
	fmt.Print(sb.String())
	sb.Reset()
	w = tabwriter.NewWriter(&sb, 5, 0, 2, '.', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tbb\tccc\t")
	fmt.Fprintln(w, "dddd\te\tf\t")
	w.Flush()
	fmt.Print(sb.String())
}
