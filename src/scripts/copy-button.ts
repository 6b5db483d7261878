/** `<copy-button data-text="…">`: copies its text to the clipboard and says so. */
class CopyButton extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector('[role="status"]')!;
		button.disabled = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(this.dataset.text ?? '');
				status.textContent = this.dataset.copied ?? "";
			} catch {
				status.textContent = this.dataset.blocked ?? "";
			}
			setTimeout(() => (status.textContent = ''), 4000);
		});
	}
}

customElements.define('copy-button', CopyButton);
