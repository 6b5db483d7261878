(() => {
	const key = 'theme';
	const root = document.documentElement;
	const apply = (theme) => {
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
		else delete root.dataset.theme;
	};
	const saved = () => {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	};
	const choosers = () => document.querySelectorAll('select[data-theme-choice]');
	const show = () => {
		for (const select of choosers()) select.value = root.dataset.theme ?? '';
	};
	apply(saved());
	document.addEventListener('DOMContentLoaded', () => {
		for (const select of choosers()) {
			select.closest('[hidden]')?.removeAttribute('hidden');
			select.addEventListener('change', () => {
				apply(select.value);
				show();
				try {
					if (select.value) localStorage.setItem(key, select.value);
					else localStorage.removeItem(key);
				} catch {}
			});
		}
		show();
	});
	addEventListener('storage', (event) => {
		if (event.key !== key) return;
		apply(event.newValue);
		show();
	});
})();
