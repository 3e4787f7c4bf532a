package bank_account

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type InvalidAmountError struct{ Amount int }

func (e InvalidAmountError) Error() string { return fmt.Sprintf("invalid amount %d", e.Amount) }

type Account struct {
	ID      string
	balance int
	log     []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return InvalidAmountError{n}
	}
	a.balance += n
	a.log = append(a.log, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n <= 0 {
		return InvalidAmountError{n}
	}
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	a.log = append(a.log, fmt.Sprintf("-%d", n))
	return nil
}

func Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return err
	}
	return to.Deposit(n)
}

func Main() {
	a, b := &Account{ID: "A"}, &Account{ID: "B"}
	fmt.Println(a.Deposit(100), a.Deposit(-5))
	err := Transfer(a, b, 150)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(Transfer(a, b, 60))
	var iae InvalidAmountError
	fmt.Println(errors.As(b.Withdraw(0), &iae), iae.Amount)
	fmt.Println(a.balance, b.balance, a.log, b.log)
}
